package nl.voordeur.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import nl.voordeur.shared.Paging;

/** The log of retention runs (table {@code retention.retention_run}). */
@Repository
class RetentionRuns {

    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionRuns(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID start(boolean dryRun, String trigger, UUID triggeredBy, int programmes) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO retention.retention_run (id, started_at, dry_run, trigger, triggered_by, programmes)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(id, now(), dryRun, trigger, triggeredBy, programmes).update();
        return id;
    }

    void progress(UUID id, Map<String, Integer> counts) {
        jdbc.sql("UPDATE retention.retention_run SET counts = ?::jsonb WHERE id = ?").params(json(counts), id).update();
    }

    void finish(UUID id, Map<String, Integer> counts) {
        jdbc.sql("UPDATE retention.retention_run SET counts = ?::jsonb, finished_at = ? WHERE id = ?")
                .params(json(counts), now(), id).update();
    }

    Optional<RetentionRun> find(UUID id) {
        return jdbc.sql("SELECT * FROM retention.retention_run WHERE id = ?").param(id).query(this::row).optional();
    }

    List<RetentionRun> page(Paging paging) {
        return jdbc.sql("SELECT * FROM retention.retention_run ORDER BY started_at DESC, id LIMIT ? OFFSET ?")
                .params(paging.size(), paging.offset()).query(this::row).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM retention.retention_run").query(Long.class).single();
    }

    private RetentionRun row(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        Timestamp finished = rs.getTimestamp("finished_at");
        return new RetentionRun(id, rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                rs.getBoolean("dry_run"), rs.getString("trigger"), rs.getObject("triggered_by", UUID.class),
                rs.getInt("programmes"), counts(id));
    }

    private Map<String, Integer> counts(UUID id) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.sql("SELECT key, value::int FROM retention.retention_run, jsonb_each_text(counts) WHERE id = ?").param(id)
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        return counts;
    }

    /** Kinds are fixed record-type names (letters only), so plain concatenation is safe JSON. */
    private static String json(Map<String, Integer> counts) {
        return counts.entrySet().stream().map(e -> "\"" + e.getKey().replaceAll("[^A-Za-z]", "") + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }
}
