package nl.voordeur.config.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;

/**
 * Issue 22, acceptance 1 and 3: the embedded database with the demo data and a visit in every
 * programme is backed up while the application runs, the data directory is wiped, and the backup
 * restored into an empty one; the application started on it shows the same figures. A backup killed
 * midway harms nothing and its partial file is refused. One application (with its own data
 * directory, keys and checkpoints, as in production) serves every test here.
 */
class BackupRestoreTests {

    static final String KEY = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().substring(0, 32).getBytes());

    @TempDir
    static Path temp;
    static DataRoot source;
    static ConfigurableApplicationContext app;
    static String person;

    @BeforeAll
    static void startTheApplicationWithDemoDataAndVisits() {
        source = new DataRoot(temp.resolve("data"), KEY);
        app = source.start("--voordeur.backup.directory=" + temp.resolve("scheduled"), "--voordeur.backup.keep=2");
        person = visitEveryProgramme();
    }

    @AfterAll
    static void stop() {
        if (app != null) app.close();
    }

    /** One household visited in each programme, with a help question: something for the figures to count. */
    private static String visitEveryProgramme() {
        JdbcClient db = app.getBean(JdbcClient.class);
        ApiClient visitor = ApiClient.login(DataRoot.port(app), "visitor", HttpTest.DEMO_PASSWORD);
        List<String> addresses = db.sql("""
                SELECT DISTINCT ON (a.programme_id) a.id::text FROM address.address a
                JOIN address.assignment s ON s.address_id = a.id
                JOIN access.user_account u ON u.id = s.visitor_id AND u.username = 'visitor'
                ORDER BY a.programme_id, a.id""").query(String.class).list();
        assertThat(addresses).hasSize(5);
        String first = null;
        for (String address : addresses) {
            var visit = visitor.post("/api/v1/addresses/" + address + "/visits", Map.of(
                    "date", LocalDate.now().minusDays(3).toString(),
                    "members", List.of(Map.of("name", "Bewoner " + address.substring(0, 4), "birthYear", 1970,
                            "relation", "MAIN_RESIDENT", "present", true))));
            assertThat(visit.status()).as(visit.body()).isEqualTo(201);
            String household = visit.json().get("householdId").asString();
            String member = visit.json().get("members").get(0).get("id").asString();
            var question = visitor.post("/api/v1/households/" + household + "/help-questions", Map.of("personId", member,
                    "domain", "FINANCES", "kind", "QUESTION", "description", "Schulden"));
            assertThat(question.status()).as(question.body()).isEqualTo(201);
            if (first == null) first = member;
        }
        return first;
    }

    private static AppFigures figures(ConfigurableApplicationContext context, Path pg) {
        return AppFigures.read(DataRoot.port(context), AppFigures.owner(pg), person);
    }

    @Test
    void aBackupTakenWhileTheAppRunsRestoresIntoAnEmptyDirectoryWithEqualFiguresAndAnIntactAuditChain() throws Exception {
        AppFigures before = figures(app, temp.resolve("data/pg"));
        assertThat(before.reports()).hasSize(5);
        assertThat(before.auditIntact()).as(before.auditCheck().toString()).isTrue();
        Path file = temp.resolve("backups/roundtrip.vdbackup");

        DataRoot.Command backup = source.command("backup", "--to", file.toString());
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backup written");

        // the wiped machine: a new, empty data directory
        DataRoot restored = new DataRoot(temp.resolve("restored"), KEY);
        DataRoot.Command restore = restored.command("restore", "--from", file.toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(Files.readString(restored.root().resolve("audit.key")))
                .isEqualTo(Files.readString(source.root().resolve("audit.key")));
        assertThat(Files.readString(restored.root().resolve("two-factor.key")))
                .isEqualTo(Files.readString(source.root().resolve("two-factor.key")));

        try (ConfigurableApplicationContext after = restored.start()) {
            AppFigures figures = figures(after, restored.root().resolve("pg"));
            assertThat(figures.countsBesidesTheAuditLog()).isEqualTo(before.countsBesidesTheAuditLog());
            assertThat(figures.counts().get("audit.audit_entry")).isGreaterThanOrEqualTo(before.counts().get("audit.audit_entry"));
            assertThat(figures.reports()).isEqualTo(before.reports());
            assertThat(figures.file()).isEqualTo(before.file());
            assertThat(figures.accessLogGoesOn(before)).isTrue();
            assertThat(figures.auditIntact()).as(figures.auditCheck().toString()).isTrue();
            assertThat(figures.auditCheck().get("entriesChecked").asLong())
                    .isGreaterThan(before.auditCheck().get("entriesChecked").asLong());
        }

        DataRoot again = new DataRoot(temp.resolve("restored"), KEY);
        DataRoot.Command refused = again.command("restore", "--from", file.toString());
        assertThat(refused.exit()).isOne();
        assertThat(refused.err()).contains("not empty").contains(temp.resolve("restored/pg").toString());
    }

    @Test
    void aRestoreWithoutTheKeyOrWithAnotherKeyFailsClearlyAndWritesNothing() throws Exception {
        Path file = temp.resolve("backups/keys.vdbackup");
        assertThat(source.command("backup", "--to", file.toString()).exit()).isZero();

        DataRoot withoutKey = new DataRoot(temp.resolve("nokey"), "");
        DataRoot.Command missing = withoutKey.command("restore", "--from", file.toString());
        assertThat(missing.exit()).isOne();
        assertThat(missing.err()).contains("No backup key").contains("VOORDEUR_BACKUP_KEY");

        String other = Base64.getEncoder().encodeToString(new byte[32]);
        DataRoot.Command wrong = new DataRoot(temp.resolve("otherkey"), other).command("restore", "--from", file.toString());
        assertThat(wrong.exit()).isOne();
        assertThat(wrong.err()).contains("encrypted with another key");

        assertThat(temp.resolve("nokey")).doesNotExist();
        assertThat(temp.resolve("otherkey")).doesNotExist();
    }

    /**
     * Acceptance 3: the backup's process is killed (kill -9) while it writes. The application goes
     * on (logins, reads, writes, an intact audit chain), the next backup succeeds (the server ended
     * the killed one's backup mode itself), and the partial file is refused at restore, as is a
     * complete file cut short.
     */
    @Test
    void aBackupKilledMidwayLeavesTheAppUnharmedAndItsPartialFileIsRefused() throws Exception {
        Path file = temp.resolve("backups/killed.vdbackup");
        Path part = file.resolveSibling(file.getFileName() + ".part");
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), "nl.voordeur.VoordeurApplication",
                "backup", "--to", file.toString()));
        command.addAll(source.settings());
        Process backup = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("killed-backup.log").toFile()).start();
        while (backup.isAlive() && (!Files.exists(part) || Files.size(part) < 512 * 1024)) {
            Thread.sleep(5);
        }
        assertThat(backup.isAlive()).as("the backup still runs when it is killed").isTrue();
        backup.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        assertThat(file).as("no file under the final name").doesNotExist();
        DataRoot.Command partial = new DataRoot(temp.resolve("from-partial"), KEY).command("restore", "--from", part.toString());
        assertThat(partial.exit()).isOne();
        assertThat(partial.err()).contains("incomplete");
        assertThat(temp.resolve("from-partial")).doesNotExist();

        int port = DataRoot.port(app);
        ApiClient visitor = ApiClient.login(port, "visitor", HttpTest.DEMO_PASSWORD);
        assertThat(visitor.get("/api/v1/programmes?size=5").status()).isEqualTo(200);
        ApiClient admin = ApiClient.login(port, "admin", HttpTest.DEMO_PASSWORD);
        var organisation = admin.post("/api/v1/organisations", Map.of("name", "Na de back-up " + UUID.randomUUID(), "kind", "WELFARE"));
        assertThat(organisation.status()).isEqualTo(201);
        ApiClient privacy = ApiClient.login(port, "privacy_officer", HttpTest.DEMO_PASSWORD);
        assertThat(privacy.get("/api/v1/audit/verify").json().get("breaks").isEmpty()).isTrue();

        Path next = temp.resolve("backups/after-kill.vdbackup");
        assertThat(source.command("backup", "--to", next.toString()).exit()).isZero();
        Path cut = temp.resolve("backups/cut.vdbackup");
        byte[] whole = Files.readAllBytes(next);
        for (int length : new int[] {10, whole.length / 2, whole.length - 1}) {
            Files.write(cut, java.util.Arrays.copyOf(whole, length));
            DataRoot.Command refused = new DataRoot(temp.resolve("from-cut"), KEY).command("restore", "--from", cut.toString());
            assertThat(refused.exit()).as("cut at %d of %d", length, whole.length).isOne();
            assertThat(refused.err()).contains("incomplete");
        }
        assertThat(temp.resolve("from-cut")).doesNotExist();
    }

    /**
     * The scheduled backup (its cron is off by default; here it is triggered by hand): a trigger
     * while another instance holds the lock does nothing, each run is in the job log, and only the
     * newest copies are kept.
     */
    @Test
    void theScheduledBackupRunsOnceAtATimeKeepsTheNewestCopiesAndLogsEachRun() throws Exception {
        Path directory = temp.resolve("scheduled");
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("voordeur-20200101-000000.vdbackup"), "old");
        Files.writeString(directory.resolve("voordeur-20200102-000000.vdbackup"), "older than any new one");
        JdbcClient owner = AppFigures.owner(temp.resolve("data/pg"));
        ScheduledBackup job = app.getBean(ScheduledBackup.class);
        long before = runs(owner);

        job.run();
        job.run(); // the lock is held (at least a minute): this trigger is skipped
        assertThat(runs(owner) - before).isOne();
        assertThat(names(directory)).hasSize(2).contains("voordeur-20200102-000000.vdbackup");

        Thread.sleep(1100); // a new name (they are by the second)
        owner.sql("UPDATE shedlock SET lock_until = now() WHERE name = ?").param(ScheduledBackup.JOB).update(); // the minute passed
        job.run();
        assertThat(runs(owner) - before).isEqualTo(2);
        List<String> kept = names(directory);
        assertThat(kept).hasSize(2).allMatch(name -> !name.startsWith("voordeur-2020"));
        assertThat(owner.sql("SELECT summary FROM job_run WHERE job = ? ORDER BY id DESC LIMIT 1")
                .param(ScheduledBackup.JOB).query(String.class).single()).startsWith("written voordeur-").contains("kept 2");

        DataRoot.Command restore = new DataRoot(temp.resolve("from-scheduled"), KEY)
                .command("restore", "--from", directory.resolve(kept.getLast()).toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
    }

    private static long runs(JdbcClient db) {
        return db.sql("SELECT count(*) FROM job_run WHERE job = ?").param(ScheduledBackup.JOB).query(Long.class).single();
    }

    private static List<String> names(Path directory) throws java.io.IOException {
        try (var list = Files.list(directory)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
