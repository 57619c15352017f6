package nl.voordeur.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cases that cover one person, for subject rights (AVG art. 15–17).
 * A case covering other members too is shown with its plan but names nobody else. No access
 * check here: the privacy officer's subject-rights service checks and audits.
 */
@Component
public class SupportSubjectData {

    public static final String ERASED_TEXT = "[verwijderd]";

    private final JdbcClient jdbc;

    SupportSubjectData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record PlanAction(String text, LocalDate dueDate, Instant doneAt) {
    }

    public record PlanGoal(String text, List<PlanAction> actions) {
    }

    public record Case(UUID id, String status, String closeReason, Instant openedAt, Instant activatedAt,
                       Instant closedAt, int personsCovered, List<PlanGoal> plan) {
        public boolean open() { return !CaseStatus.CLOSED.name().equals(status); }
    }

    public List<Case> cases(UUID personId) {
        return jdbc.sql("""
                SELECT c.id, c.status, c.close_reason, c.opened_at, c.activated_at, c.closed_at,
                       (SELECT count(*) FROM support.case_person o WHERE o.case_id = c.id)
                FROM support.support_case c JOIN support.case_person cp ON cp.case_id = c.id
                WHERE cp.person_id = ? ORDER BY c.opened_at""").param(personId)
                .query((rs, n) -> new Case(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), rs.getInt(7),
                        List.of())).list()
                .stream().map(c -> new Case(c.id(), c.status(), c.closeReason(), c.openedAt(), c.activatedAt(), c.closedAt(),
                        c.personsCovered(), plan(c.id()))).toList();
    }

    private List<PlanGoal> plan(UUID caseId) {
        record Goal(UUID id, String text) {
        }
        var goals = jdbc.sql("SELECT id, text FROM support.plan_goal WHERE case_id = ? ORDER BY created_at").param(caseId)
                .query((rs, n) -> new Goal(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return goals.stream().map(g -> new PlanGoal(g.text(), jdbc.sql("""
                SELECT text, due_date, done_at FROM support.plan_action WHERE goal_id = ? ORDER BY created_at""")
                .param(g.id()).query((a, m) -> new PlanAction(a.getString(1), a.getObject(2, LocalDate.class),
                        instant(a.getTimestamp(3)))).list())).toList();
    }

    /**
     * Removes the plan texts of closed cases that cover only the person (a shared plan also belongs
     * to the others). Statuses and dates stay for the reports. (Their help questions' texts are
     * household's: {@code HouseholdSubjectData.anonymise}.)
     */
    public void anonymise(UUID personId) {
        String ownCases = """
                SELECT cp.case_id FROM support.case_person cp WHERE cp.person_id = ?
                  AND NOT EXISTS (SELECT 1 FROM support.case_person o WHERE o.case_id = cp.case_id AND o.person_id <> ?)""";
        jdbc.sql("UPDATE support.plan_goal SET text = ? WHERE case_id IN (" + ownCases + ")")
                .params(ERASED_TEXT, personId, personId).update();
        jdbc.sql("UPDATE support.plan_action SET text = ? WHERE case_id IN (" + ownCases + ")")
                .params(ERASED_TEXT, personId, personId).update();
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
