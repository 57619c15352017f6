package nl.voordeur.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One person's consent and legal-basis records, for subject rights (AVG art. 15). They hold no
 * name and are kept on erasure: they prove on what basis data were shared (AVG art. 5(2), 7(1)).
 * No access check here: the privacy officer's subject-rights service checks and audits.
 */
@Component
public class ConsentSubjectData {

    private final JdbcClient jdbc;

    ConsentSubjectData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Consent(String organisation, String purpose, boolean given, String method, String legalBasis,
                          LocalDate date, Instant recordedAt) {
    }

    public List<Consent> consents(UUID personId) {
        return jdbc.sql("""
                SELECT o.name, c.purpose, c.given, c.method, c.legal_basis, c.date, c.recorded_at
                FROM privacy.consent c JOIN access.organisation o ON o.id = c.organisation_id
                WHERE c.person_id = ? ORDER BY c.recorded_at""").param(personId)
                .query((rs, n) -> new Consent(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6, LocalDate.class), rs.getTimestamp(7).toInstant())).list();
    }
}
