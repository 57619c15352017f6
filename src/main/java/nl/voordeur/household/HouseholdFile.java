package nl.voordeur.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a household's file for someone allowed to, and audits the read once per person shown. */
@Service
@Transactional
public class HouseholdFile {

    private final HouseholdAccess access;
    private final JdbcClient jdbc;
    private final AccessManagement users;
    private final AuditLog auditLog;
    private final JsonMapper json;
    private final HelpQuestions questions;

    HouseholdFile(HouseholdAccess access, JdbcClient jdbc, AccessManagement users, AuditLog auditLog, JsonMapper json,
                  HelpQuestions questions) {
        this.json = json;
        this.questions = questions;
        this.access = access;
        this.jdbc = jdbc;
        this.users = users;
        this.auditLog = auditLog;
    }

    /**
     * The whole file in one statement (the members, visits, conversations, scores and remarks as
     * JSON aggregates next to the household's row): a file is opened on every household page and
     * API call, and six reads of their own cost it more than the rows do (BENCHMARKS.md, "Latency").
     */
    public HouseholdView read(UUID householdId) {
        var ref = access.requireFile(householdId);
        HouseholdView view = view(ref);
        auditLog.recordAll(readEntries(view, ref));
        return view;
    }

    /** The file with the household's help questions and their profile, as the viewer may see them. */
    public record WithQuestions(HouseholdView file, List<HelpQuestionView> helpQuestions, Profile profile) {
    }

    /**
     * The file with its help questions and profile: one access check, one transaction, one audit
     * batch (a READ per person shown and the LIST of the questions shown).
     */
    public WithQuestions readWithQuestions(UUID householdId) {
        var ref = access.requireFile(householdId);
        HouseholdView view = view(ref);
        List<HelpQuestionView> shown = questions.shown(householdId);
        List<AuditRecord> entries = new ArrayList<>(readEntries(view, ref));
        entries.add(HelpQuestions.listed(shown, ref));
        auditLog.recordAll(entries);
        return new WithQuestions(view, shown, Profile.of(shown));
    }

    /** One entry per member, so "who read this person's file" finds it (NEN 7513). */
    private static List<AuditRecord> readEntries(HouseholdView view, HouseholdAccess.HouseholdRef ref) {
        return view.members().stream().map(m -> AuditRecord.of(AuditAction.READ, "Household", ref.id())
                .forPerson(m.id()).inProgramme(ref.programmeId())).toList();
    }

    private HouseholdView view(HouseholdAccess.HouseholdRef ref) {
        UUID householdId = ref.id();
        DomainScreen screen = DomainScreen.current();
        return jdbc.sql(FILE_SQL).param(householdId).query((rs, n) -> {
            List<HouseholdView.Member> members = rows(rs.getString("members"), m -> new HouseholdView.Member(
                    uuid(m.get(0)), text(m.get(1)), m.get(2).isNull() ? null : m.get(2).asInt(),
                    Relation.valueOf(m.get(3).asString())));
            List<VisitRow> visits = rows(rs.getString("visits"), v -> new VisitRow(uuid(v.get(0)),
                    date(v.get(1)), uuids(v.get(2)), uuids(v.get(3))));
            List<HouseholdView.Conversation> conversations = rows(rs.getString("conversations"),
                    c -> new HouseholdView.Conversation(uuid(c.get(0)), LifeDomain.valueOf(c.get(1).asString()),
                            text(c.get(2)), date(c.get(3))));
            List<HouseholdView.Score> scores = rows(rs.getString("scores"), c -> new HouseholdView.Score(
                    uuid(c.get(0)), LifeDomain.valueOf(c.get(1).asString()), c.get(2).asInt(),
                    date(c.get(3))));
            List<HouseholdView.HousingRemark> remarks = rows(rs.getString("remarks"), r -> new HouseholdView.HousingRemark(
                    HousingRemarkKind.valueOf(r.get(0).asString()), text(r.get(1)), date(r.get(2))));
            return new HouseholdView(householdId, ref.programmeId(), ref.addressId(), rs.getInt("version"),
                    members, named(visits),
                    screen.keep(conversations, HouseholdView.Conversation::domain),
                    screen.keep(scores, HouseholdView.Score::domain),
                    (Boolean) rs.getObject("willing_to_volunteer"), rs.getString("volunteer_note"),
                    rs.getBoolean("interpreter_needed"), rs.getString("interpreter_language"),
                    rs.getObject("revisit_date", LocalDate.class), remarks);
        }).single();
    }

    /** Dates of conversations and remarks are the Dutch calendar day they were recorded on. */
    private static final String FILE_SQL = """
            SELECT h.willing_to_volunteer, h.volunteer_note, h.interpreter_needed, h.interpreter_language,
                   h.revisit_date, h.version,
                   (SELECT coalesce(json_agg(json_build_array(p.id, p.name, p.birth_year, p.relation)
                                             ORDER BY p.created_at, p.name), '[]')
                    FROM household.person p WHERE p.household_id = h.id) AS members,
                   (SELECT coalesce(json_agg(json_build_array(v.id, v.date, v.visitor_ids,
                               (SELECT coalesce(array_agg(m.person_id), '{}') FROM household.visit_member m
                                WHERE m.visit_id = v.id AND m.present)) ORDER BY v.date, v.recorded_at), '[]')
                    FROM household.visit v WHERE v.household_id = h.id) AS visits,
                   (SELECT coalesce(json_agg(json_build_array(c.person_id, c.domain, c.note,
                               (c.recorded_at AT TIME ZONE 'Europe/Amsterdam')::date) ORDER BY c.recorded_at), '[]')
                    FROM household.conversation c JOIN household.person p ON p.id = c.person_id
                    WHERE p.household_id = h.id) AS conversations,
                   (SELECT coalesce(json_agg(json_build_array(s.person_id, s.domain, s.score, s.date)
                                             ORDER BY s.date, s.recorded_at), '[]')
                    FROM household.score s JOIN household.person p ON p.id = s.person_id
                    WHERE p.household_id = h.id) AS scores,
                   (SELECT coalesce(json_agg(json_build_array(r.kind, r.text,
                               (r.created_at AT TIME ZONE 'Europe/Amsterdam')::date) ORDER BY r.created_at), '[]')
                    FROM household.housing_remark r WHERE r.household_id = h.id) AS remarks
            FROM household.household h WHERE h.id = ?""";

    private record VisitRow(UUID id, LocalDate date, List<UUID> visitors, List<UUID> present) {
    }

    /** The visits with their visitors' names (one look-up for all of them). */
    private List<HouseholdView.Visit> named(List<VisitRow> rows) {
        if (rows.isEmpty()) return List.of();
        Map<UUID, String> names = users.displayNames(rows.stream().flatMap(r -> r.visitors().stream()).distinct().toList());
        return rows.stream().map(r -> new HouseholdView.Visit(r.id(), r.date(),
                r.visitors().stream().map(names::get).filter(java.util.Objects::nonNull).toList(), r.present())).toList();
    }

    private <T> List<T> rows(String array, Function<JsonNode, T> row) {
        List<T> out = new ArrayList<>();
        json.readTree(array).forEach(node -> out.add(row.apply(node)));
        return out;
    }

    private static String text(JsonNode node) {
        return node.isNull() ? null : node.asString();
    }

    private static LocalDate date(JsonNode node) {
        return LocalDate.parse(node.asString());
    }

    private static UUID uuid(JsonNode node) {
        return UUID.fromString(node.asString());
    }

    private static List<UUID> uuids(JsonNode array) {
        List<UUID> out = new ArrayList<>();
        array.forEach(node -> {
            if (!node.isNull()) out.add(uuid(node)); // an earlier version stored null visitors (household V6 removes them)
        });
        return out;
    }
}
