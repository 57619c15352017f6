package nl.voordeur.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.Households;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/** Cases (trajecten): an owner, the persons covered, a plan of goals and actions, and the moves to close. */
@Service
@Transactional
public class Cases {

    private final HouseholdAccess households;
    private final Households householdService;
    private final ProgrammeGuard guard;
    private final Conversations people;
    private final CaseReads reads;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccessManagement users;

    Cases(HouseholdAccess households, Households householdService, ProgrammeGuard guard, Conversations people,
          CaseReads reads, JdbcClient jdbc, AuditLog auditLog, Clock clock, AccessManagement users) {
        this.users = users;
        this.households = households;
        this.householdService = householdService;
        this.guard = guard;
        this.people = people;
        this.reads = reads;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public UUID open(UUID householdId, UUID ownerId, Set<UUID> personIds) {
        var household = households.requireFile(householdId);
        CurrentUser user = guard.require(household.programmeId(), Role.CASE_MANAGER);
        if (ownerId == null) throw new DomainRuleViolated("case.owner.required", "ownerId");
        users.requireUsers(Set.of(ownerId), "ownerId");
        if (personIds == null || personIds.isEmpty()) throw new DomainRuleViolated("case.persons.required", "personIds");
        for (UUID person : personIds) {
            if (!people.findHouseholdOf(person).map(householdId::equals).orElse(false)) {
                throw new DomainRuleViolated("case.person.notInHousehold", "personIds");
            }
        }
        // a case manager who opens a case in a household without one (as its visitor) becomes its case manager
        if (household.caseManagerId() == null) householdService.assignCaseManager(householdId, user.id());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO support.support_case (id, programme_id, household_id, owner_id, status, opened_at, last_activity_at, version)
                VALUES (?, ?, ?, ?, 'OPEN', ?, ?, 0)""").params(id, household.programmeId(), householdId, ownerId, now(), now()).update();
        personIds.forEach(p -> jdbc.sql("INSERT INTO support.case_person (case_id, person_id) VALUES (?, ?)").params(id, p).update());
        audit(AuditAction.CREATE, id, household.programmeId(), personIds, "opened");
        return id;
    }

    public UUID addGoal(UUID caseId, String text) {
        var c = reads.forCaseWork(caseId);
        if (text == null || text.isBlank()) throw new DomainRuleViolated("case.goal.required", "text");
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO support.plan_goal (id, case_id, text, created_at) VALUES (?, ?, ?, ?)")
                .params(id, caseId, text.strip(), now()).update();
        touch(c, "goal");
        return id;
    }

    public UUID addAction(UUID caseId, UUID goalId, String text, UUID ownerId, LocalDate dueDate) {
        var c = reads.forCaseWork(caseId);
        if (c.goals().stream().noneMatch(g -> g.id().equals(goalId))) throw new DomainRuleViolated("case.goal.unknown", "goalId");
        if (text == null || text.isBlank()) throw new DomainRuleViolated("case.action.required", "text");
        if (ownerId != null) users.requireUsers(Set.of(ownerId), "ownerId");
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO support.plan_action (id, case_id, goal_id, text, owner_id, due_date, created_at) VALUES (?,?,?,?,?,?,?)")
                .params(id, caseId, goalId, text.strip(), ownerId == null ? CurrentUser.require().id() : ownerId, dueDate, now())
                .update();
        touch(c, "action");
        return id;
    }

    public void actionDone(UUID caseId, UUID actionId) {
        var c = reads.forCaseWork(caseId);
        if (jdbc.sql("UPDATE support.plan_action SET done_at = ? WHERE id = ? AND case_id = ? AND done_at IS NULL")
                .params(now(), actionId, caseId).update() == 0) throw new NotFound("PlanAction");
        touch(c, "action done");
    }

    public void activate(UUID caseId) {
        var c = reads.forCaseWork(caseId);
        boolean hasPlan = c.goals().stream().anyMatch(g -> !g.actions().isEmpty());
        move(c, c.status().activate(hasPlan), null);
    }

    public void monitor(UUID caseId) {
        var c = reads.forCaseWork(caseId);
        move(c, c.status().monitor(), null);
    }

    public void close(UUID caseId, CaseStatus.CloseReason reason) {
        var c = reads.forCaseWork(caseId);
        long unsettled = jdbc.sql("""
                SELECT count(*) FROM household.help_question WHERE household_id = ?
                  AND NOT (status = 'CLOSED' OR (status = 'TRIAGED' AND handler <> 'CASE_MANAGER'))""")
                .param(c.householdId()).query(Long.class).single();
        move(c, c.status().close(reason, unsettled == 0 || reason == CaseStatus.CloseReason.MOVED
                || reason == CaseStatus.CloseReason.UNREACHABLE), reason);
    }

    /** Moves the case to its next state: the first activation and the closing keep their moment. */
    private void move(CaseView c, CaseStatus next, CaseStatus.CloseReason reason) {
        Timestamp now = now();
        int updated = jdbc.sql("""
                UPDATE support.support_case SET status = :status, close_reason = coalesce(:reason, close_reason),
                    activated_at = CASE WHEN :status = 'ACTIVE' THEN coalesce(activated_at, :now) ELSE activated_at END,
                    closed_at = CASE WHEN :status = 'CLOSED' THEN :now ELSE closed_at END,
                    last_activity_at = :now, version = version + 1
                WHERE id = :id AND version = :version""")
                .param("status", next.name()).param("reason", reason == null ? null : reason.name()).param("now", now)
                .param("id", c.id()).param("version", c.version()).update();
        if (updated == 0) throw new ConcurrentEdit("Case");
        audit(AuditAction.UPDATE, c.id(), c.programmeId(), c.personIds(), "status=" + next);
    }

    private void touch(CaseView c, String what) {
        jdbc.sql("UPDATE support.support_case SET last_activity_at = ? WHERE id = ?").params(now(), c.id()).update();
        audit(AuditAction.UPDATE, c.id(), c.programmeId(), c.personIds(), what);
    }

    /** One entry per person of the case, so "who touched this person's file" finds it (NEN 7513). */
    private void audit(AuditAction action, UUID caseId, UUID programmeId, Collection<UUID> personIds, String details) {
        AuditRecord entry = AuditRecord.of(action, "Case", caseId).inProgramme(programmeId).withDetails(details);
        auditLog.recordAll(personIds.isEmpty() ? List.of(entry) : personIds.stream().map(entry::forPerson).toList());
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
