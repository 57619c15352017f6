package nl.voordeur.support;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.household.DomainScreen;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HelpQuestionStatus;
import nl.voordeur.household.HelpQuestionView;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.Households;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * The case manager's queue of new help questions in the households that are theirs. Every
 * question gets an owner and a reason, and closes with an outcome. Households still without a
 * case manager wait in {@link FreeHouseholds}; a case manager who may nonetheless read one (as
 * its visitor) and triages a question there becomes its case manager.
 */
@Service
@Transactional
public class Triage {

    private final ProgrammeGuard guard;
    private final HouseholdAccess households;
    private final Households householdService;
    private final HelpQuestions questions;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    Triage(ProgrammeGuard guard, HouseholdAccess households, Households householdService, HelpQuestions questions,
           JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.guard = guard;
        this.households = households;
        this.householdService = householdService;
        this.questions = questions;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** New questions of the programme in the case manager's own households. */
    public List<HelpQuestionView> queue(UUID programmeId) {
        CurrentUser user = guard.require(programmeId, Role.CASE_MANAGER);
        List<HelpQuestionView> queue = jdbc.sql("""
                SELECT q.* FROM household.help_question q JOIN household.household h ON h.id = q.household_id
                WHERE q.programme_id = ? AND q.status = 'REGISTERED' AND h.case_manager_id = ?
                  AND NOT (q.domain = ANY(?))
                ORDER BY CASE q.urgency WHEN 'ACUTE' THEN 0 WHEN 'HIGH' THEN 1 ELSE 2 END, q.created_at""")
                .params(programmeId, user.id(), DomainScreen.of(user).hiddenCodes()).query(HelpQuestions.VIEW).list();
        auditLog.record(AuditRecord.list("HelpQuestion", queue.stream().map(HelpQuestionView::id).toList())
                .inProgramme(programmeId).because("triage"));
        return queue;
    }

    /** How many new questions wait in the case manager's queue (a count, no personal data: not audited). */
    @Transactional(readOnly = true)
    public long queueCount(UUID programmeId) {
        CurrentUser user = guard.require(programmeId, Role.CASE_MANAGER);
        return jdbc.sql("""
                SELECT count(*) FROM household.help_question q JOIN household.household h ON h.id = q.household_id
                WHERE q.programme_id = ? AND q.status = 'REGISTERED' AND h.case_manager_id = ?
                  AND NOT (q.domain = ANY(?))""")
                .params(programmeId, user.id(), DomainScreen.of(user).hiddenCodes()).query(Long.class).single();
    }

    /** How many questions wait for the current specialist (a count: not audited). */
    @Transactional(readOnly = true)
    public long specialistCount(UUID programmeId) {
        CurrentUser user = guard.require(programmeId, Role.SPECIALIST);
        return jdbc.sql("""
                SELECT count(*) FROM household.help_question WHERE programme_id = ? AND status = 'TRIAGED' AND handler = ?
                  AND NOT (domain = ANY(?))""")
                .params(programmeId, user.specialism().map(Enum::name).orElse("none"), DomainScreen.of(user).hiddenCodes())
                .query(Long.class).single();
    }

    public void assign(UUID questionId, Handler handler, String reason) {
        var question = questions.forAction(questionId);
        var household = households.requireFile(question.householdId());
        CurrentUser user = guard.require(household.programmeId(), Role.CASE_MANAGER);
        if (handler == null) throw new DomainRuleViolated("triage.handler.required", "handler");
        if (reason == null || reason.isBlank()) throw new DomainRuleViolated("triage.reason.required", "reason");
        if (question.status() == HelpQuestionStatus.CLOSED) throw new DomainRuleViolated("triage.closed", "handler");
        if (household.caseManagerId() == null) householdService.assignCaseManager(household.id(), user.id());
        questions.recordTriage(questionId, handler.name(), reason.strip(), user.id(), Instant.now(clock));
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "HelpQuestion", questionId).forPerson(question.personId())
                .inProgramme(household.programmeId()).because("triage").withDetails("handler=" + handler));
    }

    /** The questions routed to the current specialist's specialism in a programme, oldest first. */
    public List<HelpQuestionView> specialistQueue(UUID programmeId) {
        CurrentUser user = guard.require(programmeId, Role.SPECIALIST);
        String handler = user.specialism().map(Enum::name).orElse("none");
        List<HelpQuestionView> queue = jdbc.sql("""
                SELECT * FROM household.help_question WHERE programme_id = ? AND status = 'TRIAGED' AND handler = ?
                  AND NOT (domain = ANY(?))
                ORDER BY triaged_at""").params(programmeId, handler, DomainScreen.of(user).hiddenCodes())
                .query(HelpQuestions.VIEW).list();
        auditLog.record(AuditRecord.list("HelpQuestion", queue.stream().map(HelpQuestionView::id).toList())
                .inProgramme(programmeId).because("specialism"));
        return queue;
    }

    /**
     * Closes a question with its outcome: the case manager of the household, or the specialist
     * the question was routed to (who sees that question, not the rest of the file).
     */
    public void close(UUID questionId, Outcome outcome) {
        var question = questions.forAction(questionId);
        var household = households.ref(question.householdId());
        CurrentUser user = guard.requireMember(household.programmeId());
        boolean routedToMe = guard.holdsAny(user, household.programmeId(), Role.SPECIALIST)
                && user.specialism().map(s -> s.name().equals(question.handler())).orElse(false);
        if (!routedToMe) {
            households.requireFile(question.householdId());
            guard.require(household.programmeId(), Role.CASE_MANAGER);
        }
        if (outcome == null) throw new DomainRuleViolated("question.outcome.required", "outcome");
        questions.recordClosed(questionId, outcome.name(), Instant.now(clock));
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "HelpQuestion", questionId).forPerson(question.personId())
                .inProgramme(household.programmeId()).withDetails("closed=" + outcome));
    }
}
