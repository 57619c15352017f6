package nl.voordeur.config.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.voordeur.VoordeurApplication;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;

/**
 * Issue 22 for a real PostgreSQL server: the backup takes the server's own {@code pg_dump} while the
 * application runs, and {@code pg_restore} brings it back into an empty database of a new server
 * state; the application started on it shows the same figures, file and intact audit chain. A
 * restore into a database that is not empty is refused and changes nothing.
 */
class ServerBackupRestoreTests {

    static final String KEY = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes());

    @TempDir
    Path temp;

    /** The server's settings, with the files the application keeps beside the database in {@code keys}. */
    private List<String> settings(LocalPostgresServer server, String keys) throws Exception {
        Path tools = server.bin;
        return List.of(
                "--spring.datasource.url=" + server.url(),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=" + LocalPostgresServer.PASSWORD,
                "--voordeur.access.two-factor.key-file=" + temp.resolve(keys + "/two-factor.key"),
                "--voordeur.audit.key-file=" + temp.resolve(keys + "/audit.key"),
                "--voordeur.audit.checkpoint-directory=" + temp.resolve(keys + "/audit-checkpoints"),
                "--voordeur.backup.key=" + KEY,
                "--voordeur.backup.pg-dump=" + tools.resolve("pg_dump"),
                "--voordeur.backup.pg-restore=" + tools.resolve("pg_restore"));
    }

    private ConfigurableApplicationContext start(LocalPostgresServer server, String keys) throws Exception {
        List<String> args = new ArrayList<>(settings(server, keys));
        args.add("--server.port=0");
        args.add("--voordeur.instance-name=server-backup");
        return new SpringApplicationBuilder(VoordeurApplication.class).run(args.toArray(String[]::new));
    }

    private DataRoot.Command command(LocalPostgresServer server, String keys, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(settings(server, keys));
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        int exit = BackupCommand.run(new java.io.PrintStream(out, true), new java.io.PrintStream(err, true),
                all.toArray(String[]::new));
        return new DataRoot.Command(exit, out.toString(), err.toString());
    }

    /** One household visited, with a help question, so the figures count something of ours too. */
    private static String visit(ConfigurableApplicationContext app) {
        var db = app.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        String address = db.sql("""
                SELECT a.id::text FROM address.address a JOIN address.assignment s ON s.address_id = a.id
                JOIN access.user_account u ON u.id = s.visitor_id AND u.username = 'visitor' ORDER BY a.id LIMIT 1""")
                .query(String.class).single();
        ApiClient visitor = ApiClient.login(DataRoot.port(app), "visitor", HttpTest.DEMO_PASSWORD);
        var visit = visitor.post("/api/v1/addresses/" + address + "/visits", Map.of("date", LocalDate.now().minusDays(2).toString(),
                "members", List.of(Map.of("name", "Server Bewoner", "birthYear", 1975, "relation", "MAIN_RESIDENT", "present", true))));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        return visit.json().get("members").get(0).get("id").asString();
    }

    @Test
    void aPgDumpBackupOfARealServerRestoresIntoAnEmptyDatabaseWithEqualFiguresAndRefusesAFullOne() throws Exception {
        try (LocalPostgresServer server = LocalPostgresServer.start()) {
            AppFigures before;
            String person;
            Path file = temp.resolve("server.vdbackup");
            try (ConfigurableApplicationContext app = start(server, "keys")) {
                person = visit(app);
                before = AppFigures.read(DataRoot.port(app), server.database("voordeur"), person);
                assertThat(before.auditIntact()).as(before.auditCheck().toString()).isTrue();

                DataRoot.Command backup = command(server, "keys", "backup", "--to", file.toString());
                assertThat(backup.exit()).as(backup.err()).isZero();
                assertThat(backup.out()).contains("Backup written");
            }

            // the new machine: the same server address, no key files yet
            DataRoot.Command intoFull = command(server, "new-machine", "restore", "--from", file.toString());
            assertThat(intoFull.exit()).as("a database with tables is not empty").isOne();
            assertThat(intoFull.err()).contains("not empty");

            server.recreateEmpty();
            DataRoot.Command restore = command(server, "new-machine", "restore", "--from", file.toString());
            assertThat(restore.exit()).as(restore.err()).isZero();

            try (ConfigurableApplicationContext after = start(server, "new-machine")) {
                AppFigures figures = AppFigures.read(DataRoot.port(after), server.database("voordeur"), person);
                assertThat(figures.countsBesidesTheAuditLog()).isEqualTo(before.countsBesidesTheAuditLog());
                assertThat(figures.reports()).isEqualTo(before.reports());
                assertThat(figures.file()).isEqualTo(before.file());
                assertThat(figures.auditIntact()).as(figures.auditCheck().toString()).isTrue();
            }
        }
    }
}
