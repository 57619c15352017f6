package nl.voordeur.household;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * Who objects to their housing remarks reaching an organisation: the persons whose latest consent
 * record for the HOUSING purpose with that organisation is a withdrawal. Consent is the privacy
 * module's, which implements this; household cannot ask it directly, as privacy depends on household.
 */
public interface HousingConsent {

    /** Those of {@code personIds} who withdrew their HOUSING consent for this organisation. */
    Set<UUID> withdrawn(UUID organisationId, Collection<UUID> personIds);
}
