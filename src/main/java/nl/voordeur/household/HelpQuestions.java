package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/** Registering help questions, signals and opportunities, and reading them (the profile: {@link Profile#of}). */
@Service
@Transactional
public class HelpQuestions {

    /** A row of household.help_question as a view (for triage's queues, which select whole rows). */
    public static final RowMapper<HelpQuestionView> VIEW = (rs, n) -> new HelpQuestionView(rs.getObject("id", UUID.class),
            rs.getObject("household_id", UUID.class), rs.getObject("person_id", UUID.class),
            LifeDomain.valueOf(rs.getString("domain")), QuestionKind.valueOf(rs.getString("kind")),
            rs.getString("description"), Urgency.valueOf(rs.getString("urgency")),
            HelpQuestionStatus.valueOf(rs.getString("status")), rs.getString("handler"), rs.getString("outcome"),
            rs.getTimestamp("created_at").toInstant());

    private final HouseholdAccess access;
    private final Conversations people;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final QuestionRegistration registration;

    HelpQuestions(HouseholdAccess access, Conversations people, JdbcClient jdbc, AuditLog auditLog,
                  QuestionRegistration registration) {
        this.access = access;
        this.people = people;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.registration = registration;
    }

    public UUID register(UUID householdId, UUID personId, LifeDomain domain, QuestionKind kind, String description,
                         Urgency urgency) {
        var ref = access.requireFile(householdId);
        if (personId == null || !householdId.equals(people.householdOf(personId))) {
            throw new DomainRuleViolated("helpQuestion.person.notInHousehold", "personId");
        }
        NewHelpQuestion question = new NewHelpQuestion(personId, domain, kind, description, urgency);
        QuestionRegistration.validate(question, "");
        return registration.register(ref, List.of(question)).getFirst();
    }

    /** The household's questions the viewer may see: police users never see health domains. */
    public List<HelpQuestionView> forHousehold(UUID householdId) {
        var household = access.requireFile(householdId);
        List<HelpQuestionView> shown = shown(householdId);
        auditLog.record(listed(shown, household));
        return shown;
    }

    /** The household's questions the viewer may see, for a caller that checked access and audits the read itself. */
    List<HelpQuestionView> shown(UUID householdId) {
        return jdbc.sql("""
                        SELECT * FROM household.help_question WHERE household_id = ? AND NOT (domain = ANY(?))
                        ORDER BY created_at""")
                .params(householdId, DomainScreen.current().hiddenCodes()).query(VIEW).list();
    }

    /** The audit entry of a read of the household's questions. */
    static AuditRecord listed(List<HelpQuestionView> shown, HouseholdAccess.HouseholdRef household) {
        return AuditRecord.list("HelpQuestion", shown.stream().map(HelpQuestionView::id).toList())
                .inProgramme(household.programmeId()).withDetails("household=" + household.id());
    }

    /** One question without an access check, for modules that already checked (referrals). */
    @Transactional(readOnly = true)
    public HelpQuestionView brief(UUID id) {
        return jdbc.sql("SELECT * FROM household.help_question WHERE id = ?").param(id).query(VIEW).optional()
                .orElseThrow(() -> new NotFound("HelpQuestion"));
    }

    /**
     * One question for a user who acts on it by its id (triage, close, refer). A police user is
     * answered as if a health-domain question did not exist, and the refusal is audited.
     */
    @Transactional
    public HelpQuestionView forAction(UUID id) {
        HelpQuestionView question = brief(id);
        if (!DomainScreen.current().shows(question.domain())) {
            auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "HelpQuestion", id).refused());
            throw new NotFound("HelpQuestion");
        }
        return question;
    }

    /**
     * Records that a question was routed to a handler, for the case manager's triage, which has
     * checked the user's right to it. Refused as a concurrent edit when the question closed meanwhile.
     */
    public void recordTriage(UUID questionId, String handler, String reason, UUID triagedBy, Instant at) {
        int updated = jdbc.sql("""
                UPDATE household.help_question SET status = 'TRIAGED', handler = ?, handler_reason = ?, triaged_by = ?,
                    triaged_at = ?, version = version + 1 WHERE id = ? AND status <> 'CLOSED'""")
                .params(handler, reason, triagedBy, Timestamp.from(at), questionId).update();
        if (updated == 0) throw new ConcurrentEdit("HelpQuestion");
    }

    /** Closes a question with its outcome, for a caller that checked the user's right to close it. */
    public void recordClosed(UUID questionId, String outcome, Instant at) {
        int updated = jdbc.sql("""
                UPDATE household.help_question SET status = 'CLOSED', outcome = ?, closed_at = ?, version = version + 1
                WHERE id = ? AND status <> 'CLOSED'""").params(outcome, Timestamp.from(at), questionId).update();
        if (updated == 0) throw new DomainRuleViolated("question.alreadyClosed", "outcome");
    }
}
