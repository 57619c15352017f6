package nl.voordeur.meldcode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meldcode records that concern one person, for subject rights (AVG art. 15–17): those
 * about them in full, those about their whole household as a reference only (their text may be
 * about other members). No access check here: the privacy officer's subject-rights service checks
 * and audits.
 */
@Component
public class MeldcodeSubjectData {

    private final JdbcClient jdbc;

    MeldcodeSubjectData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Step(int number, String step, Instant doneAt, String note, Boolean acuteUnsafety,
                       Boolean structuralUnsafety, String decision) {
        Step withoutNote() { return new Step(number, step, doneAt, null, acuteUnsafety, structuralUnsafety, decision); }
    }

    /** A record; {@code concern} and {@code steps} are empty for a household-wide record. */
    public record Record(UUID id, boolean aboutHousehold, String status, String concern, Instant openedAt,
                         Instant closedAt, List<Step> steps) {
        public boolean open() { return MeldcodeStatus.OPEN.name().equals(status); }

        /** Closed with a report to Veilig Thuis: the record is kept as the account of that report. */
        public boolean reported() {
            return steps.stream().anyMatch(s -> s.decision() != null && Decision.valueOf(s.decision()).reportsToVeiligThuis());
        }
    }

    public List<Record> records(UUID personId, UUID householdId) {
        record Row(UUID id, boolean household, String status, String concern, Instant opened, Instant closed) {
        }
        var rows = jdbc.sql("""
                SELECT id, person_id IS NULL, status, concern, opened_at, closed_at FROM meldcode.meldcode_record
                WHERE person_id = ? OR (person_id IS NULL AND household_id = ?) ORDER BY opened_at""")
                .params(personId, householdId).query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getBoolean(2),
                        rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
                        rs.getTimestamp(6) == null ? null : rs.getTimestamp(6).toInstant())).list();
        return rows.stream().map(r -> new Record(r.id(), r.household(), r.status(), r.household() ? null : r.concern(),
                r.opened(), r.closed(), steps(r.id()).stream().map(s -> r.household() ? s.withoutNote() : s).toList()))
                .toList();
    }

    private List<Step> steps(UUID recordId) {
        return jdbc.sql("""
                SELECT number, step, done_at, note, acute_unsafety, structural_unsafety, decision FROM meldcode.step
                WHERE record_id = ? ORDER BY number""").param(recordId)
                .query((rs, n) -> new Step(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                        (Boolean) rs.getObject(5), (Boolean) rs.getObject(6), rs.getString(7))).list();
    }

    /** Removes the concern text of the closed records about this person only (never a household-wide one). */
    public void anonymise(UUID personId) {
        jdbc.sql("UPDATE meldcode.meldcode_record SET concern = NULL WHERE person_id = ? AND status = 'CLOSED'")
                .param(personId).update();
    }
}
