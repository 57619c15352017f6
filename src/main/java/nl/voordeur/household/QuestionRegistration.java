package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HouseholdAccess.HouseholdRef;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * Writes help questions of one household whose access the caller has checked: one JDBC batch for
 * the rows; the caller writes their audit entries (an entry per question, for its person) in its
 * own one audit batch and then publishes a {@link HelpQuestionRegistered} event per question,
 * heard in the same transaction.
 */
@Component
class QuestionRegistration {

    static final int MAX_DESCRIPTION = 4000;

    private final JdbcTemplate batches;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    QuestionRegistration(JdbcTemplate batches, AuditLog auditLog, ApplicationEventPublisher events, Clock clock) {
        this.batches = batches;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /** The rules for what a question says; {@code field} prefixes the name of the wrong input, e.g. "helpQuestions[3].". */
    static void validate(NewHelpQuestion question, String field) {
        if (question.domain() == null) throw new DomainRuleViolated("helpQuestion.domain.required", field + "domain");
        if (question.kind() == null) throw new DomainRuleViolated("helpQuestion.kind.required", field + "kind");
        String description = question.description();
        if (description == null || description.isBlank()) {
            throw new DomainRuleViolated("helpQuestion.description.required", field + "description");
        }
        if (description.length() > MAX_DESCRIPTION) {
            throw new DomainRuleViolated("helpQuestion.description.tooLong", field + "description");
        }
    }

    /**
     * The questions raised at a visit, each for the person its member became, validated: a question
     * names its member by {@code memberIndex} or by {@code personName} as written in the visit.
     */
    static List<NewHelpQuestion> ofVisit(List<VisitQuestion> asked, List<NewVisit.Member> given,
                                         List<VisitRecorded.MemberRef> recorded) {
        List<NewVisit.Member> members = given == null ? List.of() : given;
        List<NewHelpQuestion> questions = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            VisitQuestion q = asked.get(i);
            String field = "helpQuestions[" + i + "].";
            if (q == null) throw new DomainRuleViolated("helpQuestion.member.unknown", "helpQuestions[" + i + "]");
            UUID personId = recorded.get(member(q, members, field)).id();
            NewHelpQuestion question = new NewHelpQuestion(personId, q.domain(), q.kind(), q.description(), q.urgency());
            validate(question, field);
            questions.add(question);
        }
        return questions;
    }

    private static int member(VisitQuestion q, List<NewVisit.Member> members, String field) {
        if (q.memberIndex() != null) {
            if (q.memberIndex() < 0 || q.memberIndex() >= members.size()) {
                throw new DomainRuleViolated("helpQuestion.member.unknown", field + "memberIndex");
            }
            return q.memberIndex();
        }
        if (q.personName() == null || q.personName().isBlank()) {
            throw new DomainRuleViolated("helpQuestion.member.unknown", field + "personName");
        }
        String name = q.personName().strip().toLowerCase(Locale.ROOT);
        int found = -1;
        for (int i = 0; i < members.size(); i++) {
            String written = members.get(i) == null ? null : members.get(i).name();
            if (written == null || !written.strip().toLowerCase(Locale.ROOT).equals(name)) continue;
            if (found >= 0) throw new DomainRuleViolated("helpQuestion.member.ambiguous", field + "personName");
            found = i;
        }
        if (found < 0) throw new DomainRuleViolated("helpQuestion.member.unknown", field + "personName");
        return found;
    }

    /** Registers questions on their own (not at a visit): rows, one audit batch, events. Returns their ids in order. */
    List<UUID> register(HouseholdRef household, List<NewHelpQuestion> questions) {
        List<HelpQuestionRegistered> registered = insert(household, questions);
        auditLog.recordAll(audit(registered));
        publish(registered);
        return registered.stream().map(HelpQuestionRegistered::helpQuestionId).toList();
    }

    /** Inserts the questions (already validated, persons of the household) in one batch; they come back in order. */
    List<HelpQuestionRegistered> insert(HouseholdRef household, List<NewHelpQuestion> questions) {
        UUID by = CurrentUser.require().id();
        Instant at = Instant.now(clock);
        List<HelpQuestionRegistered> registered = new ArrayList<>(questions.size());
        List<Object[]> rows = new ArrayList<>(questions.size());
        for (NewHelpQuestion q : questions) {
            UUID id = UUID.randomUUID();
            // a microsecond apart, so the household file lists them in the order they were given
            Timestamp createdAt = Timestamp.from(at.plusNanos(1_000L * rows.size()));
            String description = q.description().strip();
            registered.add(new HelpQuestionRegistered(id, household.programmeId(), household.id(), q.personId(),
                    q.domain(), q.kind(), q.urgencyOrNormal(), description, by));
            rows.add(new Object[] {id, household.programmeId(), household.id(), q.personId(), q.domain().name(),
                    q.kind().name(), description, q.urgencyOrNormal().name(), by, createdAt});
        }
        if (rows.isEmpty()) return registered;
        batches.batchUpdate("""
                INSERT INTO household.help_question (id, programme_id, household_id, person_id, domain, kind, description,
                    urgency, status, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, 0)""", rows);
        return registered;
    }

    /** An entry per question, for its person, for the caller's one audit batch. */
    static List<AuditRecord> audit(List<HelpQuestionRegistered> registered) {
        return registered.stream().map(q -> AuditRecord.of(AuditAction.CREATE, "HelpQuestion", q.helpQuestionId())
                .forPerson(q.personId()).inProgramme(q.programmeId())).toList();
    }

    void publish(List<HelpQuestionRegistered> registered) {
        registered.forEach(events::publishEvent);
    }
}
