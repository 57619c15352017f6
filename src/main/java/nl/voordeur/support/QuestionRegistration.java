package nl.voordeur.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * the rows, one audit batch (an entry per question, for its person), and a
 * {@link HelpQuestionRegistered} event per question, heard in the same transaction.
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

    /** Inserts the questions (already validated, persons of the household); returns their ids in order. */
    List<UUID> insert(HouseholdRef household, List<NewHelpQuestion> questions) {
        UUID by = CurrentUser.require().id();
        Instant at = Instant.now(clock);
        List<UUID> ids = new ArrayList<>(questions.size());
        List<Object[]> rows = new ArrayList<>(questions.size());
        for (NewHelpQuestion q : questions) {
            UUID id = UUID.randomUUID();
            // a microsecond apart, so the household file lists them in the order they were given
            Timestamp createdAt = Timestamp.from(at.plusNanos(1_000L * ids.size()));
            ids.add(id);
            rows.add(new Object[] {id, household.programmeId(), household.id(), q.personId(), q.domain().name(),
                    q.kind().name(), q.description().strip(), q.urgencyOrNormal().name(), by, createdAt});
        }
        batches.batchUpdate("""
                INSERT INTO support.help_question (id, programme_id, household_id, person_id, domain, kind, description,
                    urgency, status, created_by, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, 0)""", rows);
        List<AuditRecord> entries = new ArrayList<>(questions.size());
        for (int i = 0; i < questions.size(); i++) {
            entries.add(AuditRecord.of(AuditAction.CREATE, "HelpQuestion", ids.get(i))
                    .forPerson(questions.get(i).personId()).inProgramme(household.programmeId()));
        }
        auditLog.recordAll(entries);
        for (int i = 0; i < questions.size(); i++) {
            NewHelpQuestion q = questions.get(i);
            events.publishEvent(new HelpQuestionRegistered(ids.get(i), household.programmeId(), household.id(),
                    q.personId(), q.domain(), q.kind(), q.urgencyOrNormal(), by));
        }
        return ids;
    }
}
