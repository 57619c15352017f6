package nl.voordeur.household;

import java.time.ZoneId;
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

/** Reads a household's file for someone allowed to, and audits the read once per person shown. */
@Service
@Transactional
public class HouseholdFile {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final HouseholdAccess access;
    private final JdbcClient jdbc;
    private final AccessManagement users;
    private final AuditLog auditLog;

    HouseholdFile(HouseholdAccess access, JdbcClient jdbc, AccessManagement users, AuditLog auditLog) {
        this.access = access;
        this.jdbc = jdbc;
        this.users = users;
        this.auditLog = auditLog;
    }

    public HouseholdView read(UUID householdId) {
        var ref = access.requireFile(householdId);
        boolean police = CurrentUser.require().isPolice();
        var members = jdbc.sql("SELECT id, name, birth_year, relation FROM household.person WHERE household_id = ? ORDER BY created_at, name")
                .param(householdId).query((rs, n) -> new HouseholdView.Member(rs.getObject(1, UUID.class), rs.getString(2),
                        (Integer) rs.getObject(3), Relation.valueOf(rs.getString(4)))).list();
        var view = jdbc.sql("""
                SELECT willing_to_volunteer, volunteer_note, interpreter_needed, interpreter_language, revisit_date, version
                FROM household.household WHERE id = ?""").param(householdId)
                .query((rs, n) -> new HouseholdView(householdId, ref.programmeId(), ref.addressId(), rs.getInt("version"),
                        members, visits(householdId), conversations(householdId, police), scores(householdId, police),
                        (Boolean) rs.getObject("willing_to_volunteer"), rs.getString("volunteer_note"),
                        rs.getBoolean("interpreter_needed"), rs.getString("interpreter_language"),
                        rs.getObject("revisit_date", java.time.LocalDate.class), remarks(householdId)))
                .single();
        auditLog.recordAll(members.stream().map(m -> AuditRecord.of(AuditAction.READ, "Household", householdId)
                .forPerson(m.id()).inProgramme(ref.programmeId())).toList());
        return view;
    }

    private List<HouseholdView.Visit> visits(UUID householdId) {
        record Row(UUID id, java.time.LocalDate date, List<UUID> visitors, List<UUID> present) {
        }
        var rows = jdbc.sql("""
                SELECT v.id, v.date, v.visitor_ids,
                       coalesce(array_agg(m.person_id) FILTER (WHERE m.present), '{}') AS present
                FROM household.visit v LEFT JOIN household.visit_member m ON m.visit_id = v.id
                WHERE v.household_id = ? GROUP BY v.id ORDER BY v.date""").param(householdId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getObject(2, java.time.LocalDate.class),
                        List.of((UUID[]) rs.getArray(3).getArray()), List.of((UUID[]) rs.getArray(4).getArray()))).list();
        Map<UUID, String> names = users.displayNames(rows.stream().flatMap(r -> r.visitors().stream()).distinct().toList());
        return rows.stream().map(r -> new HouseholdView.Visit(r.id(), r.date(),
                r.visitors().stream().map(names::get).toList(), r.present())).toList();
    }

    private List<HouseholdView.Conversation> conversations(UUID householdId, boolean police) {
        return jdbc.sql("""
                SELECT c.person_id, c.domain, c.note, c.recorded_at FROM household.conversation c
                JOIN household.person p ON p.id = c.person_id WHERE p.household_id = ? ORDER BY c.recorded_at""")
                .param(householdId)
                .query((rs, n) -> new HouseholdView.Conversation(rs.getObject(1, UUID.class), LifeDomain.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getTimestamp(4).toInstant().atZone(AMSTERDAM).toLocalDate()))
                .list().stream().filter(c -> !(police && c.domain().isHealth())).toList();
    }

    private List<HouseholdView.Score> scores(UUID householdId, boolean police) {
        return jdbc.sql("""
                SELECT s.person_id, s.domain, s.score, s.date FROM household.score s
                JOIN household.person p ON p.id = s.person_id WHERE p.household_id = ? ORDER BY s.date, s.recorded_at""")
                .param(householdId)
                .query((rs, n) -> new HouseholdView.Score(rs.getObject(1, UUID.class), LifeDomain.valueOf(rs.getString(2)),
                        rs.getInt(3), rs.getObject(4, java.time.LocalDate.class)))
                .list().stream().filter(s -> !(police && s.domain().isHealth())).toList();
    }

    private List<HouseholdView.HousingRemark> remarks(UUID householdId) {
        return jdbc.sql("SELECT kind, text, created_at FROM household.housing_remark WHERE household_id = ? ORDER BY created_at")
                .param(householdId)
                .query((rs, n) -> new HouseholdView.HousingRemark(HousingRemarkKind.valueOf(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant().atZone(AMSTERDAM).toLocalDate())).list();
    }
}
