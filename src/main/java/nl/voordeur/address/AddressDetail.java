package nl.voordeur.address;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One address with its full history.
 *
 * @param corporationOwned whether a housing corporation owns the dwelling; {@code null} when unknown
 * @param corporationId    the owning corporation when known (its housing remarks go there only)
 * @param corporationName  that corporation's name
 */
public record AddressDetail(AddressView address, String bagId, Boolean corporationOwned, UUID corporationId,
                            String corporationName, int version, List<Event> history) {

    public record Event(Instant at, String kind, String detail, String by) {
    }
}
