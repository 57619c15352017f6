package nl.voordeur.household;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows one visit writes: the visit, the members not known yet as persons of the household,
 * and who of them took part. Known members are matched by name and birth year from one read of
 * the household's persons; new persons and the visit's members go in as JDBC batches, one round
 * trip each.
 */
@Component
class VisitRows {

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    VisitRows(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Where and when a visit is written, and by whom. */
    record Target(UUID householdId, UUID programmeId, boolean newHousehold, UUID recordedBy, Timestamp at, boolean opensFile) {
    }

    UUID insertVisit(Target target, NewVisit visit, UUID[] visitors) {
        UUID visitId = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO household.visit (id, household_id, programme_id, date, visitor_ids, recorded_by, recorded_at,
                    minutes, opens_file)
                VALUES (?,?,?,?,?,?,?,?,?)""")
                .params(visitId, target.householdId(), target.programmeId(), visit.date(), visitors, target.recordedBy(),
                        target.at(), visit.minutes(), target.opensFile())
                .update();
        return visitId;
    }

    /** The visit's members as persons of the household, in the order given, each marked present or not. */
    List<VisitRecorded.MemberRef> insertMembers(Target target, UUID visitId, List<NewVisit.Member> members) {
        Map<String, UUID> known = target.newHousehold() ? Map.of() : known(target.householdId());
        List<Object[]> persons = new ArrayList<>();
        List<Object[]> present = new ArrayList<>();
        List<VisitRecorded.MemberRef> refs = new ArrayList<>();
        for (NewVisit.Member member : members) {
            String name = member.name().strip();
            UUID personId = known.get(key(name.toLowerCase(Locale.ROOT), member.birthYear()));
            if (personId == null) {
                personId = UUID.randomUUID();
                // a microsecond apart, so the household file lists the members in the order they were given
                Timestamp createdAt = Timestamp.from(target.at().toInstant().plusNanos(1_000L * persons.size()));
                persons.add(new Object[] {personId, target.householdId(), name, member.birthYear(),
                        (member.relation() == null ? Relation.OTHER : member.relation()).name(), createdAt});
            }
            present.add(new Object[] {visitId, personId, target.programmeId(), member.present()});
            refs.add(new VisitRecorded.MemberRef(personId, name));
        }
        if (!persons.isEmpty()) {
            batches.batchUpdate("INSERT INTO household.person (id, household_id, name, birth_year, relation, created_at) "
                    + "VALUES (?,?,?,?,?,?)", persons);
        }
        batches.batchUpdate("INSERT INTO household.visit_member (visit_id, person_id, programme_id, present) VALUES (?,?,?,?)",
                present);
        return refs;
    }

    /** The household's persons by lower-case name and birth year (compared as PostgreSQL lower-cases them). */
    private Map<String, UUID> known(UUID householdId) {
        Map<String, UUID> known = new HashMap<>();
        jdbc.sql("SELECT id, lower(name), birth_year FROM household.person WHERE household_id = ? ORDER BY created_at, id")
                .param(householdId)
                .query(rs -> {
                    known.putIfAbsent(key(rs.getString(2), rs.getObject(3, Integer.class)), rs.getObject(1, UUID.class));
                });
        return known;
    }

    private static String key(String lowerName, Integer birthYear) {
        return lowerName + "\u001f" + birthYear;
    }
}
