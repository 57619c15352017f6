package nl.voordeur.support;

import nl.voordeur.household.DomainScreen;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.NotFound;

/** Reads cases for those who may open the household's file; the case page is audited per person covered. */
@Service
@Transactional
public class CaseReads {

    private final HouseholdAccess households;
    private final ProgrammeGuard guard;
    private final Conversations people;
    private final AccessManagement users;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    CaseReads(HouseholdAccess households, ProgrammeGuard guard, Conversations people, AccessManagement users,
              JdbcClient jdbc, AuditLog auditLog) {
        this.households = households;
        this.guard = guard;
        this.people = people;
        this.users = users;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public CaseView get(UUID caseId) {
        CaseView c = load(caseId);
        households.requireCaseFile(c.householdId());
        c.personIds().forEach(p -> auditLog.record(AuditRecord.of(AuditAction.READ, "Case", caseId).forPerson(p)
                .inProgramme(c.programmeId())));
        return c;
    }

    /** The open cases a case manager owns in a programme. */
    public List<CaseView> ownedBy(UUID programmeId, UUID ownerId) {
        guard.require(programmeId, Role.CASE_MANAGER);
        List<CaseView> cases = jdbc.sql("SELECT id FROM support.support_case WHERE programme_id = ? AND owner_id = ? AND status <> 'CLOSED' ORDER BY last_activity_at")
                .params(programmeId, ownerId).query(UUID.class).list().stream().map(this::load).toList();
        auditLog.record(AuditRecord.list("Case", cases.stream().map(CaseView::id).toList()).inProgramme(programmeId));
        return cases;
    }

    public List<CaseView> forHousehold(UUID householdId) {
        households.requireCaseFile(householdId);
        List<CaseView> cases = jdbc.sql("SELECT id FROM support.support_case WHERE household_id = ? ORDER BY opened_at DESC")
                .param(householdId).query(UUID.class).list().stream().map(this::load).toList();
        auditLog.record(AuditRecord.list("Case", cases.stream().map(CaseView::id).toList())
                .withDetails("household=" + householdId));
        return cases;
    }

    /** How many of the owner's open cases had no activity for 30 days (counts only, for "mijn werk"). */
    @Transactional(readOnly = true)
    public long idleCases(UUID programmeId, UUID ownerId, java.time.Instant now) {
        return jdbc.sql("""
                SELECT count(*) FROM support.support_case WHERE programme_id = ? AND owner_id = ? AND status <> 'CLOSED'
                  AND last_activity_at < ?""").params(programmeId, ownerId,
                java.sql.Timestamp.from(now.minus(java.time.Duration.ofDays(30)))).query(Long.class).single();
    }

    /** How many plan actions of this owner are due on or before the date and not done. */
    @Transactional(readOnly = true)
    public long actionsDue(UUID programmeId, UUID ownerId, java.time.LocalDate until) {
        return jdbc.sql("""
                SELECT count(*) FROM support.plan_action a JOIN support.support_case c ON c.id = a.case_id
                WHERE c.programme_id = ? AND a.owner_id = ? AND a.done_at IS NULL AND a.due_date <= ? AND c.status <> 'CLOSED'""")
                .params(programmeId, ownerId, until).query(Long.class).single();
    }

    /** For a change: the case, after checking the user is a case manager with access to the household. */
    CaseView forCaseWork(UUID caseId) {
        CaseView c = load(caseId);
        households.requireCaseFile(c.householdId());
        guard.require(c.programmeId(), Role.CASE_MANAGER);
        return c;
    }

    private CaseView load(UUID caseId) {
        record Row(UUID id, UUID programmeId, UUID householdId, UUID ownerId, String status, String reason,
                   java.time.Instant openedAt, java.time.Instant closedAt, int version) {
        }
        Row row = jdbc.sql("SELECT * FROM support.support_case WHERE id = ?").param(caseId)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                        rs.getObject("household_id", UUID.class), rs.getObject("owner_id", UUID.class),
                        rs.getString("status"), rs.getString("close_reason"), rs.getTimestamp("opened_at").toInstant(),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                        rs.getInt("version")))
                .optional().orElseThrow(() -> new NotFound("Case"));
        List<UUID> persons = jdbc.sql("SELECT person_id FROM support.case_person WHERE case_id = ?").param(caseId)
                .query(UUID.class).list();
        DomainScreen screen = DomainScreen.current();
        List<CaseView.ScoreChange> changes = people.scoreChanges(persons).stream()
                .filter(s -> screen.shows(s.domain()))
                .map(s -> new CaseView.ScoreChange(s.domain(), s.first(), s.last(), s.change(), s.persons())).toList();
        return new CaseView(row.id(), row.programmeId(), row.householdId(), row.ownerId(),
                users.displayNames(List.of(row.ownerId())).get(row.ownerId()), CaseStatus.valueOf(row.status()),
                row.reason() == null ? null : CaseStatus.CloseReason.valueOf(row.reason()), row.openedAt(), row.closedAt(),
                persons, goals(caseId), changes, row.version());
    }

    private List<CaseView.Goal> goals(UUID caseId) {
        var actions = jdbc.sql("SELECT * FROM support.plan_action WHERE case_id = ? ORDER BY due_date NULLS LAST, created_at")
                .param(caseId).query((rs, n) -> Map.entry(rs.getObject("goal_id", UUID.class), new CaseView.Action(
                        rs.getObject("id", UUID.class), rs.getString("text"), rs.getObject("owner_id", UUID.class), null,
                        rs.getObject("due_date", java.time.LocalDate.class), rs.getTimestamp("done_at") != null))).list();
        Map<UUID, String> names = users.displayNames(actions.stream().map(a -> a.getValue().ownerId()).distinct().toList());
        return jdbc.sql("SELECT id, text FROM support.plan_goal WHERE case_id = ? ORDER BY created_at").param(caseId)
                .query((rs, n) -> {
                    UUID goal = rs.getObject("id", UUID.class);
                    return new CaseView.Goal(goal, rs.getString("text"), actions.stream().filter(a -> a.getKey().equals(goal))
                            .map(a -> new CaseView.Action(a.getValue().id(), a.getValue().text(), a.getValue().ownerId(),
                                    names.get(a.getValue().ownerId()), a.getValue().dueDate(), a.getValue().done())).toList());
                }).list();
    }
}
