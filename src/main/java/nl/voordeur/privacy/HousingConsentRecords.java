package nl.voordeur.privacy;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.household.HousingConsent;

/** The HOUSING purpose of {@link Consents} for the housing remarks' hand-over: the latest record counts. */
@Component
@Transactional(readOnly = true)
class HousingConsentRecords implements HousingConsent {

    private final JdbcClient jdbc;

    HousingConsentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<UUID> withdrawn(UUID organisationId, Collection<UUID> personIds) {
        if (personIds.isEmpty()) return Set.of();
        return new HashSet<>(jdbc.sql("""
                SELECT person_id FROM (
                    SELECT DISTINCT ON (person_id) person_id, given FROM privacy.consent
                    WHERE organisation_id = ? AND purpose = ? AND person_id = ANY(?)
                    ORDER BY person_id, recorded_at DESC) latest
                WHERE NOT given""")
                .params(organisationId, Purpose.HOUSING.name(), personIds.toArray(UUID[]::new))
                .query(UUID.class).list());
    }
}
