package nl.voordeur.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import nl.voordeur.household.DomainScreen;

/**
 * One person's referrals, for subject rights (AVG art. 15–17). No access check here: the privacy
 * officer's subject-rights service checks and audits.
 */
@Component
public class ReferralSubjectData {

    private final JdbcClient jdbc;

    ReferralSubjectData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Referral(UUID id, UUID helpQuestionId, String organisation, String status, boolean priority,
                           boolean warmHandover, String note, String reason, Boolean successful, LocalDate sentOn,
                           LocalDate dueOn, LocalDate respondedOn, LocalDate completedOn) {
        public boolean open() {
            return status.equals(ReferralStatus.SENT.name()) || status.equals(ReferralStatus.ACCEPTED.name());
        }
    }

    public List<Referral> referrals(UUID personId) {
        return jdbc.sql("""
                SELECT r.id, r.help_question_id, o.name, r.status, r.priority, r.warm_handover, r.note, r.reason,
                       r.successful, r.sent_on, r.due_on, r.responded_on, r.completed_on
                FROM referral.referral r JOIN access.organisation o ON o.id = r.organisation_id
                JOIN household.help_question q ON q.id = r.help_question_id
                WHERE r.person_id = ? AND NOT (q.domain = ANY(?)) ORDER BY r.sent_on""")
                .params(personId, DomainScreen.current().hiddenCodes())
                .query((rs, n) -> new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getBoolean(5), rs.getBoolean(6), rs.getString(7), rs.getString(8),
                        (Boolean) rs.getObject(9), rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class),
                        rs.getObject(12, LocalDate.class), rs.getObject(13, LocalDate.class))).list();
    }

    /**
     * Removes the free text of the person's referrals; partner, status and dates stay for the
     * reports. A reason becomes empty, not NULL: the report tells a withdrawal after an answer
     * from an acceptance by whether a reason was given, and that figure must not move.
     */
    public void anonymise(UUID personId) {
        jdbc.sql("UPDATE referral.referral SET note = NULL, reason = CASE WHEN reason IS NULL THEN NULL ELSE '' END "
                + "WHERE person_id = ?").param(personId).update();
    }
}
