package nl.voordeur.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Checkpoints held in memory for the life of this JVM, for the tests' throw-away databases only.
 * They are shared by the JVM's application contexts, like the in-memory key, but kept apart per
 * database server (its start time and port): a test run may stop its database and start a new one.
 */
final class MemoryCheckpoints implements CheckpointStore {

    private static final Map<String, List<String>> LINES = new HashMap<>();

    private final JdbcClient jdbc;

    MemoryCheckpoints(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void append(String line) {
        String database = database();
        synchronized (LINES) {
            LINES.computeIfAbsent(database, d -> new ArrayList<>()).add(line);
        }
    }

    @Override
    public List<String> newest(int count) {
        String database = database();
        synchronized (LINES) {
            List<String> lines = LINES.getOrDefault(database, List.of());
            return List.copyOf(lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    @Override
    public String describe() {
        return "memory (voordeur.audit.checkpoint-directory is blank)";
    }

    private String database() {
        return jdbc.sql("SELECT pg_postmaster_start_time() || ' ' || current_setting('port')").query(String.class).single();
    }
}
