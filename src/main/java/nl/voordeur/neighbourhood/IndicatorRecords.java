package nl.voordeur.neighbourhood;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores indicators and their yearly values; every change to an indicator or its values raises its version. */
@Repository
class IndicatorRecords {

    private final JdbcClient jdbc;

    IndicatorRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID programmeId, IndicatorDetails d, Instant now) {
        jdbc.sql("""
                INSERT INTO neighbourhood.indicator (id, programme_id, name, unit, direction, baseline_year, baseline_value,
                    baseline_source, created_at, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
                .params(id, programmeId, d.name(), d.unit(), d.direction().name(), d.baselineYear(), d.baselineValue(),
                        d.baselineSource(), Timestamp.from(now))
                .update();
        if (d.values() != null) replaceValues(id, d.values());
    }

    /** Changes the details when the version is still the one read; false when someone else was first. */
    boolean update(UUID programmeId, UUID id, int expectedVersion, IndicatorDetails d) {
        int updated = jdbc.sql("""
                UPDATE neighbourhood.indicator SET name = ?, unit = ?, direction = ?, baseline_year = ?, baseline_value = ?,
                    baseline_source = ?, version = version + 1
                WHERE programme_id = ? AND id = ? AND version = ?""")
                .params(d.name(), d.unit(), d.direction().name(), d.baselineYear(), d.baselineValue(), d.baselineSource(),
                        programmeId, id, expectedVersion)
                .update();
        if (updated == 1 && d.values() != null) replaceValues(id, d.values());
        return updated == 1;
    }

    /** Raises the version when it is still the one read (before the values change); false otherwise. */
    boolean touch(UUID id, int expectedVersion) {
        return jdbc.sql("UPDATE neighbourhood.indicator SET version = version + 1 WHERE id = ? AND version = ?")
                .params(id, expectedVersion).update() == 1;
    }

    void putValue(UUID id, YearValue v) {
        jdbc.sql("""
                INSERT INTO neighbourhood.indicator_value (indicator_id, year, value, source) VALUES (?, ?, ?, ?)
                ON CONFLICT (indicator_id, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source""")
                .params(id, v.year(), v.value(), v.source()).update();
    }

    void removeValue(UUID id, int year) {
        jdbc.sql("DELETE FROM neighbourhood.indicator_value WHERE indicator_id = ? AND year = ?").params(id, year).update();
    }

    private void replaceValues(UUID id, List<YearValue> values) {
        jdbc.sql("DELETE FROM neighbourhood.indicator_value WHERE indicator_id = ?").param(id).update();
        values.forEach(v -> putValue(id, v));
    }

    boolean delete(UUID programmeId, UUID id) {
        return jdbc.sql("DELETE FROM neighbourhood.indicator WHERE programme_id = ? AND id = ?").params(programmeId, id)
                .update() == 1;
    }

    boolean nameTaken(UUID programmeId, String name, UUID except) {
        return jdbc.sql("""
                SELECT count(*) FROM neighbourhood.indicator WHERE programme_id = ? AND lower(name) = lower(?) AND id <> ?""")
                .params(programmeId, name, except).query(Long.class).single() > 0;
    }

    Optional<IndicatorView> find(UUID programmeId, UUID id) {
        return jdbc.sql("SELECT * FROM neighbourhood.indicator WHERE programme_id = ? AND id = ?").params(programmeId, id)
                .query((rs, n) -> view(rs, values(id))).optional();
    }

    /** The programme's indicators by name, each with its values: two queries, however many there are. */
    List<IndicatorView> ofProgramme(UUID programmeId) {
        Map<UUID, List<YearValue>> values = new HashMap<>();
        jdbc.sql("""
                SELECT v.* FROM neighbourhood.indicator_value v JOIN neighbourhood.indicator i ON i.id = v.indicator_id
                WHERE i.programme_id = ? ORDER BY v.year""").param(programmeId)
                .query((rs, n) -> values.computeIfAbsent(rs.getObject("indicator_id", UUID.class), k -> new ArrayList<>())
                        .add(value(rs)))
                .list();
        return jdbc.sql("SELECT * FROM neighbourhood.indicator WHERE programme_id = ? ORDER BY lower(name), id")
                .param(programmeId)
                .query((rs, n) -> view(rs, values.getOrDefault(rs.getObject("id", UUID.class), List.of()))).list();
    }

    private List<YearValue> values(UUID id) {
        return jdbc.sql("SELECT * FROM neighbourhood.indicator_value WHERE indicator_id = ? ORDER BY year").param(id)
                .query((rs, n) -> value(rs)).list();
    }

    private static YearValue value(ResultSet rs) throws SQLException {
        return new YearValue(rs.getInt("year"), plain(rs.getBigDecimal("value")), rs.getString("source"));
    }

    private static IndicatorView view(ResultSet rs, List<YearValue> values) throws SQLException {
        var baseline = rs.getBigDecimal("baseline_value");
        return new IndicatorView(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("name"), rs.getString("unit"), Direction.valueOf(rs.getString("direction")),
                (Integer) rs.getObject("baseline_year"), baseline == null ? null : plain(baseline),
                rs.getString("baseline_source"), List.copyOf(values), rs.getInt("version"));
    }

    /** 12.500 as 12.5 and 100.000 as 100, never as 1E+2. */
    static java.math.BigDecimal plain(java.math.BigDecimal value) {
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
