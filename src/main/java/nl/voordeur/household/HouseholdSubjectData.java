package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.shared.ConcurrentEdit;

/**
 * One person's data in this module, for subject rights (AVG art. 15–17): read, rectify and
 * anonymise. Only what is that person's, or the household's own facts (address, intake, housing
 * remarks); other members appear only as a count. No access check here: the caller (the
 * privacy officer's subject-rights service) checks and audits.
 */
@Component
public class HouseholdSubjectData {

    public static final String ANONYMISED = "[geanonimiseerd]";

    /** What an erased free text (a help question's description) reads afterwards. */
    public static final String ERASED_TEXT = "[verwijderd]";

    private final JdbcClient jdbc;
    private final AccessManagement users;
    private final Clock clock;

    HouseholdSubjectData(JdbcClient jdbc, AccessManagement users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    public record HelpQuestion(UUID id, String domain, String kind, String description, String urgency, String status,
                               String handler, String handlerReason, String outcome, Instant createdAt, Instant closedAt) {
    }

    public record Person(UUID id, UUID householdId, UUID programmeId, UUID addressId, String name, Integer birthYear,
                         Relation relation, Instant registeredAt, int householdSize, int householdVersion) {
        public boolean anonymised() { return name == null || name.isEmpty() || ANONYMISED.equals(name); }
    }

    public record Intake(Boolean willingToVolunteer, String volunteerNote, boolean interpreterNeeded,
                         String interpreterLanguage, LocalDate revisitDate) {
    }

    public record Visit(LocalDate date, boolean present, List<String> visitors) {
    }

    public record Conversation(LifeDomain domain, String note, Instant recordedAt) {
    }

    public record Score(LifeDomain domain, int score, LocalDate date) {
    }

    public record HousingRemark(HousingRemarkKind kind, String text, Instant createdAt) {
    }

    public record Records(Intake intake, List<Visit> visits, List<Conversation> conversations, List<Score> scores,
                          List<HousingRemark> housingRemarks) {
    }

    private static final String PERSON = """
            SELECT p.id, p.household_id, h.programme_id, h.address_id, p.name, p.birth_year, p.relation, p.created_at,
                   (SELECT count(*) FROM household.person o WHERE o.household_id = p.household_id) AS size, h.version
            FROM household.person p JOIN household.household h ON h.id = p.household_id""";

    public Optional<Person> person(UUID personId) {
        return jdbc.sql(PERSON + " WHERE p.id = ?").param(personId).query((rs, n) -> new Person(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getString(5), (Integer) rs.getObject(6), Relation.valueOf(rs.getString(7)),
                rs.getTimestamp(8).toInstant(), rs.getInt(9), rs.getInt(10))).optional();
    }

    /** Persons of the programme whose name contains the text (at most 50). */
    public List<UUID> search(UUID programmeId, String namePart) {
        String like = "%" + namePart.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        return jdbc.sql("""
                SELECT p.id FROM household.person p JOIN household.household h ON h.id = p.household_id
                WHERE h.programme_id = ? AND lower(p.name) LIKE ? ORDER BY p.name LIMIT 50""")
                .params(programmeId, like).query(UUID.class).list();
    }

    public Records records(Person person) {
        return new Records(intake(person.householdId()), visits(person), conversations(person.id()), scores(person.id()),
                jdbc.sql("SELECT kind, text, created_at FROM household.housing_remark WHERE household_id = ? ORDER BY created_at")
                        .param(person.householdId()).query((rs, n) -> new HousingRemark(HousingRemarkKind.valueOf(rs.getString(1)),
                                rs.getString(2), rs.getTimestamp(3).toInstant())).list());
    }

    private Intake intake(UUID householdId) {
        return jdbc.sql("""
                SELECT willing_to_volunteer, volunteer_note, interpreter_needed, interpreter_language, revisit_date
                FROM household.household WHERE id = ?""").param(householdId)
                .query((rs, n) -> new Intake((Boolean) rs.getObject(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class))).single();
    }

    private List<Visit> visits(Person person) {
        record Row(LocalDate date, boolean present, List<UUID> visitors) {
        }
        var rows = jdbc.sql("""
                SELECT v.date, m.present, v.visitor_ids FROM household.visit v
                JOIN household.visit_member m ON m.visit_id = v.id WHERE m.person_id = ? ORDER BY v.date""")
                .param(person.id()).query((rs, n) -> new Row(rs.getObject(1, LocalDate.class), rs.getBoolean(2),
                        java.util.Arrays.stream((UUID[]) rs.getArray(3).getArray()).filter(java.util.Objects::nonNull).toList()))
                .list();
        Map<UUID, String> names = users.displayNames(rows.stream().flatMap(r -> r.visitors().stream()).distinct().toList());
        return rows.stream().map(r -> new Visit(r.date(), r.present(),
                r.visitors().stream().map(names::get).filter(java.util.Objects::nonNull).toList())).toList();
    }

    private List<Conversation> conversations(UUID personId) {
        return jdbc.sql("""
                        SELECT domain, note, recorded_at FROM household.conversation
                        WHERE person_id = ? AND NOT (domain = ANY(?)) ORDER BY recorded_at""")
                .params(personId, DomainScreen.current().hiddenCodes()).query((rs, n) -> new Conversation(LifeDomain.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant())).list();
    }

    private List<Score> scores(UUID personId) {
        return jdbc.sql("""
                        SELECT domain, score, date FROM household.score
                        WHERE person_id = ? AND NOT (domain = ANY(?)) ORDER BY date, recorded_at""")
                .params(personId, DomainScreen.current().hiddenCodes()).query((rs, n) -> new Score(LifeDomain.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getObject(3, LocalDate.class))).list();
    }

    /** Corrects name and birth year, if the household is still at the version the officer loaded. */
    public void rectify(Person person, int expectedVersion, String name, Integer birthYear) {
        int thisYear = LocalDate.now(clock).getYear();
        if (birthYear != null && (birthYear < thisYear - 120 || birthYear > thisYear)) {
            throw new nl.voordeur.shared.DomainRuleViolated("rights.birthYear.invalid", "birthYear");
        }
        bump(person.householdId(), expectedVersion);
        jdbc.sql("UPDATE household.person SET name = ?, birth_year = ? WHERE id = ?")
                .params(name, birthYear, person.id()).update();
    }

    /** The person's help questions, signals and opportunities; a police viewer gets no health domain. */
    public List<HelpQuestion> helpQuestions(UUID personId) {
        return jdbc.sql("""
                SELECT id, domain, kind, description, urgency, status, handler, handler_reason, outcome, created_at, closed_at
                FROM household.help_question WHERE person_id = ? AND NOT (domain = ANY(?)) ORDER BY created_at""")
                .params(personId, DomainScreen.current().hiddenCodes())
                .query(HelpQuestion.class).list();
    }

    /**
     * Removes what identifies the person: name, birth year, their conversation notes, and
     * the texts of their help questions and triage reasons. The person
     * row, visits, scores and domains stay, so every figure in the reports stays the same.
     */
    public void anonymise(Person person) {
        bump(person.householdId(), person.householdVersion());
        jdbc.sql("UPDATE household.person SET name = ?, birth_year = NULL WHERE id = ?").params(ANONYMISED, person.id()).update();
        jdbc.sql("UPDATE household.conversation SET note = NULL WHERE person_id = ?").param(person.id()).update();
        jdbc.sql("UPDATE household.help_question SET description = ?, handler_reason = NULL WHERE person_id = ?")
                .params(ERASED_TEXT, person.id()).update();
    }

    private void bump(UUID householdId, int expectedVersion) {
        int updated = jdbc.sql("UPDATE household.household SET version = version + 1, updated_at = ? WHERE id = ? AND version = ?")
                .params(Timestamp.from(clock.instant()), householdId, expectedVersion).update();
        if (updated == 0) throw new ConcurrentEdit("Household");
    }
}
