package nl.voordeur.config.backup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a user would notice of the data, read from a running application: the row count of every
 * table, every programme's report as the administrator reads it, the audit chain check, and a
 * sample person's subject-access export (the household's file as it is handed out) as the privacy
 * officer reads it.
 */
record AppFigures(Map<String, Long> counts, Map<String, JsonNode> reports, JsonNode auditCheck, JsonNode person) {

    /** Tables that change by themselves or by every read (logins, sessions, locks, the job log). */
    static final Set<String> VOLATILE = Set.of("access.api_token", "access.login_throttle", "public.spring_session",
            "public.spring_session_attributes", "public.shedlock", "public.job_run", "public.event_publication");

    /** The counts first (before the reads below add audit entries and tokens), then the reads. */
    static AppFigures read(int port, JdbcClient db, String personId) {
        Map<String, Long> counts = counts(db);
        ApiClient admin = ApiClient.login(port, "admin", HttpTest.DEMO_PASSWORD);
        Map<String, JsonNode> reports = new LinkedHashMap<>();
        for (JsonNode programme : admin.get("/api/v1/programmes?size=200").json().get("items")) {
            String id = programme.get("id").asString();
            reports.put(id, admin.get("/api/v1/programmes/" + id + "/report").json());
        }
        ApiClient privacy = ApiClient.login(port, "privacy_officer", HttpTest.DEMO_PASSWORD);
        JsonNode audit = privacy.get("/api/v1/audit/verify").json();
        JsonNode person = privacy.get("/api/v1/persons/" + personId + "/export").json();
        return new AppFigures(counts, reports, audit, person);
    }

    /** A superuser's connection to the embedded database of {@code pg} (the app's role may not read Flyway's tables). */
    static JdbcClient owner(java.nio.file.Path pg) {
        int port = RunningServer.port(pg).orElseThrow();
        return JdbcClient.create(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", RunningServer.superuserPassword(pg)));
    }

    static Map<String, Long> counts(JdbcClient db) {
        List<String> tables = db.sql("""
                SELECT table_schema || '.' || table_name FROM information_schema.tables
                WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')
                ORDER BY 1""").query(String.class).list();
        Map<String, Long> counts = new TreeMap<>();
        for (String table : tables) {
            if (VOLATILE.contains(table.toLowerCase())) continue;
            String[] parts = table.split("\\.");
            counts.put(table, db.sql("SELECT count(*) FROM \"" + parts[0] + "\".\"" + parts[1] + "\"").query(Long.class).single());
        }
        return counts;
    }

    /**
     * The export states when it was made, and its access log grows with every read (this one's
     * included): those are left out here and compared by {@link #accessLogGoesOn}.
     */
    static JsonNode withoutMoment(JsonNode export) {
        ObjectNode copy = ((ObjectNode) export).deepCopy();
        copy.remove(List.of("exportedAt", "accessLog"));
        return copy;
    }

    JsonNode file() {
        return withoutMoment(person);
    }

    /** The later export's access log starts with every entry of the earlier one. */
    boolean accessLogGoesOn(AppFigures earlier) {
        JsonNode before = earlier.person().get("accessLog");
        JsonNode after = person.get("accessLog");
        if (after.size() < before.size()) return false;
        for (int i = 0; i < before.size(); i++) {
            if (!before.get(i).equals(after.get(i))) return false;
        }
        return true;
    }

    /** The audit log grows with the reads between two counts; the chain check covers it. */
    Map<String, Long> countsBesidesTheAuditLog() {
        Map<String, Long> rest = new TreeMap<>(counts);
        rest.remove("audit.audit_entry");
        return rest;
    }

    boolean auditIntact() {
        return auditCheck.get("breaks").isEmpty() && auditCheck.get("entriesChecked").asLong() > 0;
    }

    static String firstPerson(JdbcClient db) {
        return db.sql("SELECT id::text FROM household.person ORDER BY id LIMIT 1").query(String.class).single();
    }
}
