package nl.voordeur.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DutchZone;
import tools.jackson.core.type.TypeReference;
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
        return jdbc.sql(FILE_SQL).param(householdId).query((rs, n) -> new HouseholdView(householdId, ref.programmeId(),
                ref.addressId(), rs.getInt("version"), rows(rs.getString("members"), MEMBERS),
                named(rows(rs.getString("visits"), VISITS)),
                screen.keep(rows(rs.getString("conversations"), CONVERSATIONS), HouseholdView.Conversation::domain),
                screen.keep(rows(rs.getString("scores"), SCORES), HouseholdView.Score::domain),
                (Boolean) rs.getObject("willing_to_volunteer"), rs.getString("volunteer_note"),
                rs.getBoolean("interpreter_needed"), rs.getString("interpreter_language"),
                rs.getObject("revisit_date", LocalDate.class), rows(rs.getString("remarks"), REMARKS))).single();
    }

    /**
     * Each part as a JSON array of objects whose keys are the names of the record it becomes (mapped
     * by name, not by position). Dates of conversations and remarks are the Dutch calendar day they
     * were recorded on; an earlier version stored null visitors (household V6 removes them), left out here too.
     */
    private static final String FILE_SQL = """
            SELECT h.willing_to_volunteer, h.volunteer_note, h.interpreter_needed, h.interpreter_language,
                   h.revisit_date, h.version,
                   (SELECT coalesce(json_agg(json_build_object('id', p.id, 'name', p.name, 'birthYear', p.birth_year,
                               'relation', p.relation) ORDER BY p.created_at, p.name), '[]')
                    FROM household.person p WHERE p.household_id = h.id) AS members,
                   (SELECT coalesce(json_agg(json_build_object('id', v.id, 'date', v.date,
                               'visitors', array_remove(v.visitor_ids, NULL),
                               'present', (SELECT coalesce(array_agg(m.person_id), '{}') FROM household.visit_member m
                                           WHERE m.visit_id = v.id AND m.present)) ORDER BY v.date, v.recorded_at), '[]')
                    FROM household.visit v WHERE v.household_id = h.id) AS visits,
                   (SELECT coalesce(json_agg(json_build_object('personId', c.person_id, 'domain', c.domain, 'note', c.note,
                               'date', (c.recorded_at AT TIME ZONE '%1$s')::date) ORDER BY c.recorded_at), '[]')
                    FROM household.conversation c JOIN household.person p ON p.id = c.person_id
                    WHERE p.household_id = h.id) AS conversations,
                   (SELECT coalesce(json_agg(json_build_object('personId', s.person_id, 'domain', s.domain, 'score', s.score,
                               'date', s.date) ORDER BY s.date, s.recorded_at), '[]')
                    FROM household.score s JOIN household.person p ON p.id = s.person_id
                    WHERE p.household_id = h.id) AS scores,
                   (SELECT coalesce(json_agg(json_build_object('kind', r.kind, 'text', r.text,
                               'date', (r.created_at AT TIME ZONE '%1$s')::date) ORDER BY r.created_at), '[]')
                    FROM household.housing_remark r WHERE r.household_id = h.id) AS remarks
            FROM household.household h WHERE h.id = ?""".formatted(DutchZone.ID);

    record VisitRow(UUID id, LocalDate date, List<UUID> visitors, List<UUID> present) {
    }

    private static final TypeReference<List<HouseholdView.Member>> MEMBERS = new TypeReference<>() { };
    private static final TypeReference<List<VisitRow>> VISITS = new TypeReference<>() { };
    private static final TypeReference<List<HouseholdView.Conversation>> CONVERSATIONS = new TypeReference<>() { };
    private static final TypeReference<List<HouseholdView.Score>> SCORES = new TypeReference<>() { };
    private static final TypeReference<List<HouseholdView.HousingRemark>> REMARKS = new TypeReference<>() { };

    /** The visits with their visitors' names (one look-up for all of them). */
    private List<HouseholdView.Visit> named(List<VisitRow> rows) {
        if (rows.isEmpty()) return List.of();
        Map<UUID, String> names = users.displayNames(rows.stream().flatMap(r -> r.visitors().stream()).distinct().toList());
        return rows.stream().map(r -> new HouseholdView.Visit(r.id(), r.date(),
                r.visitors().stream().map(names::get).filter(java.util.Objects::nonNull).toList(), r.present())).toList();
    }

    private <T> List<T> rows(String array, TypeReference<List<T>> type) {
        return json.readValue(array, type);
    }
}
