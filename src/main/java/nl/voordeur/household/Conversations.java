package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/** The conversation per member and life domain, and self-sufficiency scores (1 acuut … 5 volledig zelfredzaam). */
@Service
@Transactional
public class Conversations {

    private final HouseholdAccess access;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    Conversations(HouseholdAccess access, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A note about one member and one domain, with an optional score. */
    public void note(UUID personId, LifeDomain domain, String note, Integer score) {
        var ref = access.requireFile(householdOf(personId));
        if (domain == null) throw new DomainRuleViolated("conversation.domain.required", "domain");
        if ((note == null || note.isBlank()) && score == null) throw new DomainRuleViolated("conversation.empty", "note");
        UUID id = UUID.randomUUID();
        UUID visit = jdbc.sql("SELECT id FROM household.visit WHERE household_id = ? ORDER BY date DESC, recorded_at DESC LIMIT 1")
                .param(ref.id()).query(UUID.class).optional().orElse(null);
        jdbc.sql("INSERT INTO household.conversation (id, visit_id, person_id, domain, note, recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?)")
                .params(id, visit, personId, domain.name(), note == null ? null : note.strip(), CurrentUser.require().id(),
                        Timestamp.from(Instant.now(clock))).update();
        if (score != null) insertScore(personId, domain, score, LocalDate.now(clock));
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "Conversation", id).forPerson(personId).inProgramme(ref.programmeId()));
    }

    public void score(UUID personId, LifeDomain domain, int score, LocalDate date) {
        var ref = access.requireFile(householdOf(personId));
        if (domain == null) throw new DomainRuleViolated("conversation.domain.required", "domain");
        if (date == null || date.isAfter(LocalDate.now(clock))) throw new DomainRuleViolated("score.date.invalid", "date");
        UUID id = insertScore(personId, domain, score, date);
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "Score", id).forPerson(personId).inProgramme(ref.programmeId()));
    }

    private UUID insertScore(UUID personId, LifeDomain domain, int score, LocalDate date) {
        if (score < 1 || score > 5) throw new DomainRuleViolated("score.range", "score");
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO household.score (id, person_id, domain, score, date, assessor_id, recorded_at) VALUES (?,?,?,?,?,?,?)")
                .params(id, personId, domain.name(), score, date, CurrentUser.require().id(), Timestamp.from(Instant.now(clock)))
                .update();
        return id;
    }

    /**
     * Per domain, the mean of each person's first and last score, over persons scored at least
     * twice in that domain (for callers that already checked access).
     */
    @Transactional(readOnly = true)
    public List<ScoreChange> scoreChanges(List<UUID> personIds) {
        return jdbc.sql("""
                WITH ranked AS (
                    SELECT person_id, domain, score,
                           row_number() OVER (PARTITION BY person_id, domain ORDER BY date, recorded_at) AS first_rank,
                           row_number() OVER (PARTITION BY person_id, domain ORDER BY date DESC, recorded_at DESC) AS last_rank,
                           count(*) OVER (PARTITION BY person_id, domain) AS scores
                    FROM household.score WHERE person_id = ANY(?))
                SELECT domain, avg(score) FILTER (WHERE first_rank = 1) AS first, avg(score) FILTER (WHERE last_rank = 1) AS last,
                       count(DISTINCT person_id) AS persons
                FROM ranked WHERE scores >= 2 GROUP BY domain ORDER BY domain""")
                .param(personIds.toArray(UUID[]::new))
                .query((rs, n) -> new ScoreChange(LifeDomain.valueOf(rs.getString("domain")), rs.getDouble("first"),
                        rs.getDouble("last"), rs.getInt("persons")))
                .list();
    }

    public record ScoreChange(LifeDomain domain, double first, double last, int persons) {
        public double change() {
            return last - first;
        }
    }

    /** Name and birth year, for a module that already checked access (e.g. a partner's referral). */
    @Transactional(readOnly = true)
    public PersonBrief brief(UUID personId) {
        return jdbc.sql("SELECT name, birth_year FROM household.person WHERE id = ?").param(personId)
                .query((rs, n) -> new PersonBrief(personId, rs.getString(1), (Integer) rs.getObject(2)))
                .optional().orElseThrow(() -> new NotFound("Person"));
    }

    public record PersonBrief(UUID id, String name, Integer birthYear) {
    }

    /**
     * The household of a person named in a request body, empty when there is no such person: the
     * caller refuses that input (422) instead of answering 404 for the request's own path.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findHouseholdOf(UUID personId) {
        return jdbc.sql("SELECT household_id FROM household.person WHERE id = ?").param(personId).query(UUID.class).optional();
    }

    /** The household a person belongs to (404 when the person does not exist). */
    public UUID householdOf(UUID personId) {
        return jdbc.sql("SELECT household_id FROM household.person WHERE id = ?").param(personId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFound("Person"));
    }
}
