package nl.voordeur.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who accessed one person's data, when, how and why: the audit trail a subject-access export
 * hands over (AVG art. 15, NEN 7513). No access check here: the privacy officer's
 * subject-rights service checks and audits.
 */
@Component
public class PersonTrail {

    private final JdbcClient jdbc;

    PersonTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Access(Instant at, String username, UUID organisationId, String roles, String action, String outcome,
                         String recordType, String purpose, String reason, boolean breakGlass, String channel) {
    }

    public List<Access> of(UUID personId) {
        return jdbc.sql("""
                SELECT at, username, organisation_id, roles, action, outcome, record_type, purpose, reason, break_glass, channel
                FROM audit.audit_entry WHERE person_id = ? ORDER BY at, id""").param(personId)
                .query((rs, n) -> new Access(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getObject(3, UUID.class),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                        rs.getBoolean(10), rs.getString(11))).list();
    }
}
