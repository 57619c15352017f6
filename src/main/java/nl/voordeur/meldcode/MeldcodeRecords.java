package nl.voordeur.meldcode;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/** Stores meldcode records and their steps; a step is added under optimistic locking on the record. */
@Repository
class MeldcodeRecords {

    private static final String SUMMARY = """
            SELECT r.id, r.programme_id, r.household_id, r.person_id, r.concern, r.status, r.opened_at,
                   (SELECT count(*) FROM meldcode.step s WHERE s.record_id = r.id) AS steps
            FROM meldcode.meldcode_record r""";

    private static final RowMapper<MeldcodeSummary> SUMMARY_ROW = (rs, n) -> new MeldcodeSummary(
            rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
            rs.getObject("household_id", UUID.class), rs.getObject("person_id", UUID.class), rs.getString("concern"),
            MeldcodeStatus.valueOf(rs.getString("status")), rs.getTimestamp("opened_at").toInstant(),
            rs.getInt("steps") < 5 ? MeldcodeStep.values()[rs.getInt("steps")] : null);

    private final JdbcClient jdbc;

    MeldcodeRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Opening o) {
        jdbc.sql("""
                INSERT INTO meldcode.meldcode_record (id, programme_id, household_id, person_id, help_question_id,
                    concern, status, opened_by, opened_at, version)
                VALUES (?, ?, ?, ?, ?, ?, 'OPEN', ?, ?, 0)""")
                .params(o.id(), o.programmeId(), o.householdId(), o.personId(), o.helpQuestionId(), o.concern(),
                        o.openedBy(), Timestamp.from(o.openedAt()))
                .update();
    }

    Optional<MeldcodeRecord> find(UUID id) {
        record Row(Opening opening, int version) {
        }
        return jdbc.sql("SELECT * FROM meldcode.meldcode_record WHERE id = ?").param(id)
                .query((rs, n) -> new Row(opening(rs), rs.getInt("version"))).optional()
                .map(row -> new MeldcodeRecord(row.opening(), steps(id), row.version()));
    }

    /** Adds the record's newest step; a concurrent change of the same record makes this fail with 409. */
    void addStep(MeldcodeRecord record, StepTaken step) {
        int updated = jdbc.sql("""
                UPDATE meldcode.meldcode_record SET status = ?, closed_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(record.status().name(), record.status() == MeldcodeStatus.CLOSED ? Timestamp.from(step.at()) : null,
                        record.opening().id(), record.version())
                .update();
        if (updated == 0) throw new ConcurrentEdit("MeldcodeRecord");
        jdbc.sql("""
                INSERT INTO meldcode.step (record_id, number, step, done_by, done_at, note, acute_unsafety,
                    structural_unsafety, decision)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(record.opening().id(), step.number(), step.step().name(), step.by(), Timestamp.from(step.at()),
                        step.note(), step.acuteUnsafety(), step.structuralUnsafety(),
                        step.decision() == null ? null : step.decision().name())
                .update();
    }

    /** A page of the open records in these programmes, oldest first. */
    PageResult<MeldcodeSummary> openIn(Collection<UUID> programmeIds, Paging paging) {
        if (programmeIds.isEmpty()) return new PageResult<>(List.of(), 0);
        String open = " WHERE r.status = 'OPEN' AND r.programme_id IN (:ids)";
        List<MeldcodeSummary> page = jdbc.sql(SUMMARY + open + " ORDER BY r.opened_at, r.id LIMIT :limit OFFSET :offset")
                .param("ids", programmeIds).param("limit", paging.size()).param("offset", paging.offset())
                .query(SUMMARY_ROW).list();
        return PageResult.of(page, paging, () -> jdbc.sql("SELECT count(*) FROM meldcode.meldcode_record r" + open)
                .param("ids", programmeIds).query(Long.class).single());
    }

    /** Per step the open records wait for: how many, and how many of them opened before {@code lateBefore}. */
    Map<MeldcodeStep, long[]> openByStep(Collection<UUID> programmeIds, Instant lateBefore) {
        Map<MeldcodeStep, long[]> counts = new EnumMap<>(MeldcodeStep.class);
        if (programmeIds.isEmpty()) return counts;
        jdbc.sql("""
                SELECT w.steps, count(*) AS open, count(*) FILTER (WHERE w.opened_at < :late) AS late
                FROM (SELECT r.opened_at, (SELECT count(*) FROM meldcode.step s WHERE s.record_id = r.id) AS steps
                      FROM meldcode.meldcode_record r WHERE r.status = 'OPEN' AND r.programme_id IN (:ids)) w
                GROUP BY w.steps""")
                .param("ids", programmeIds).param("late", Timestamp.from(lateBefore))
                .query((rs, n) -> {
                    int steps = rs.getInt("steps");
                    if (steps < MeldcodeStep.values().length) {
                        counts.put(MeldcodeStep.values()[steps], new long[] {rs.getLong("open"), rs.getLong("late")});
                    }
                    return steps;
                }).list();
        return counts;
    }

    List<MeldcodeSummary> ofHousehold(UUID householdId) {
        return jdbc.sql(SUMMARY + " WHERE r.household_id = ? ORDER BY r.opened_at").param(householdId)
                .query(SUMMARY_ROW).list();
    }

    private List<StepTaken> steps(UUID recordId) {
        return jdbc.sql("SELECT * FROM meldcode.step WHERE record_id = ? ORDER BY number").param(recordId)
                .query((rs, n) -> new StepTaken(MeldcodeStep.valueOf(rs.getString("step")),
                        rs.getTimestamp("done_at").toInstant(), rs.getObject("done_by", UUID.class), rs.getString("note"),
                        (Boolean) rs.getObject("acute_unsafety"), (Boolean) rs.getObject("structural_unsafety"),
                        rs.getString("decision") == null ? null : Decision.valueOf(rs.getString("decision"))))
                .list();
    }

    private static Opening opening(ResultSet rs) throws SQLException {
        return new Opening(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getObject("household_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("help_question_id", UUID.class), rs.getString("concern"),
                rs.getObject("opened_by", UUID.class), rs.getTimestamp("opened_at").toInstant());
    }
}
