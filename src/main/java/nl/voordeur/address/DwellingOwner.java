package nl.voordeur.address;

import java.util.UUID;

/**
 * Who owns a dwelling, as far as the programme knows.
 *
 * @param corporationOwned whether a housing corporation owns it; {@code null} when unknown
 * @param corporationId    the owning corporation, when known
 * @param corporationName  its registered name, when known
 */
public record DwellingOwner(Boolean corporationOwned, UUID corporationId, String corporationName) {

    /** The address history entry for a change to this owner. */
    String eventKind() {
        if (corporationId != null) return "CORPORATION_SET";
        if (corporationOwned == null) return "CORPORATION_UNKNOWN";
        return corporationOwned ? "CORPORATION_OWNER_UNKNOWN" : "CORPORATION_NONE";
    }
}
