package nl.voordeur.support;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.shared.DomainRuleViolated;

/** Registering help questions, signals and opportunities, and a household's derived profile. */
@Service
@Transactional
public class HelpQuestions {

    static final RowMapper<HelpQuestionView> VIEW = (rs, n) -> new HelpQuestionView(rs.getObject("id", UUID.class),
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
        return registration.insert(ref, List.of(question)).getFirst();
    }

    /** The household's questions the viewer may see: police users never see health domains. */
    public List<HelpQuestionView> forHousehold(UUID householdId) {
        access.requireFile(householdId);
        boolean police = CurrentUser.require().isPolice();
        List<HelpQuestionView> shown = jdbc.sql("SELECT * FROM support.help_question WHERE household_id = ? ORDER BY created_at")
                .param(householdId).query(VIEW).list().stream()
                .filter(q -> !(police && q.domain().isHealth())).toList();
        auditLog.record(AuditRecord.list("HelpQuestion", shown.stream().map(HelpQuestionView::id).toList())
                .withDetails("household=" + householdId));
        return shown;
    }

    /** One question without an access check, for modules that already checked (referrals). */
    @Transactional(readOnly = true)
    public HelpQuestionView brief(UUID id) {
        return jdbc.sql("SELECT * FROM support.help_question WHERE id = ?").param(id).query(VIEW).optional()
                .orElseThrow(() -> new nl.voordeur.shared.NotFound("HelpQuestion"));
    }

    /**
     * One question for a user who acts on it by its id (triage, close, refer). A police user is
     * answered as if a health-domain question did not exist, and the refusal is audited.
     */
    @Transactional
    public HelpQuestionView forAction(UUID id) {
        HelpQuestionView question = brief(id);
        if (CurrentUser.require().isPolice() && question.domain().isHealth()) {
            auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "HelpQuestion", id).refused());
            throw new nl.voordeur.shared.NotFound("HelpQuestion");
        }
        return question;
    }

    /** Derived from questions and signals (not opportunities): the number of distinct life domains. */
    @Transactional(readOnly = true)
    public Profile profile(UUID householdId) {
        // A police user never sees health domains, not even as a count that a profile would give away.
        List<String> hidden = CurrentUser.require().isPolice()
                ? List.of(LifeDomain.healthCodes()) : List.of();
        long domains = jdbc.sql("""
                SELECT count(DISTINCT domain) FROM support.help_question
                WHERE household_id = ? AND kind IN ('QUESTION', 'SIGNAL') AND NOT (domain = ANY (?))""")
                .params(householdId, hidden.toArray(String[]::new))
                .query(Long.class).single();
        return Profile.ofDomainCount(domains);
    }
}
