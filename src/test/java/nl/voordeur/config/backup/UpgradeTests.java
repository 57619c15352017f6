package nl.voordeur.config.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 22, acceptance 2: the database as the previous release (commit 07f4130, until there is a
 * release tag) left it with its demo data, upgraded by this version's migrations, has lost nothing.
 * The snapshot in src/test/resources/upgrade/ is that release's data directory, backed up with this
 * version's command, beside what that release showed through its own API (its figures, audit check
 * and a person's file) and the row count of every table; scripts/make-upgrade-snapshot.sh makes
 * all of it again. The test restores the snapshot into an empty directory, so it also shows that a
 * backup is restored by a newer version.
 */
class UpgradeTests {

    private static final Path SNAPSHOT = Path.of("src/test/resources/upgrade");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void thePreviousReleasesDatabaseUpgradesWithEveryRowFigureAuditEntryAndHouseholdFileKept() throws IOException {
        DataRoot upgraded = new DataRoot(temp.resolve("data"), Files.readString(SNAPSHOT.resolve("previous-release.key")).strip());
        DataRoot.Command restore = upgraded.command("restore", "--from", SNAPSHOT.resolve("previous-release.vdbackup").toString());
        assertThat(restore.exit()).as(restore.err()).isZero();
        Map<String, Long> countsBefore = previousCounts();
        JsonNode reportsBefore = JSON.readTree(SNAPSHOT.resolve("previous-release/reports.json").toFile());
        JsonNode auditBefore = JSON.readTree(SNAPSHOT.resolve("previous-release/audit-verify.json").toFile());
        JsonNode personBefore = JSON.readTree(SNAPSHOT.resolve("previous-release/person.json").toFile());

        try (ConfigurableApplicationContext app = upgraded.start()) {
            AppFigures now = AppFigures.read(DataRoot.port(app), AppFigures.owner(upgraded.root().resolve("pg")),
                    personBefore.get("id").asString());

            countsBefore.forEach((table, count) -> {
                if (table.startsWith("public.flyway_schema_history") || AppFigures.VOLATILE.contains(table)) return;
                if (table.equals("audit.audit_entry")) {
                    assertThat(now.counts().get(table)).as(table).isGreaterThanOrEqualTo(count);
                } else {
                    assertThat(now.counts().get(table)).as(table).isEqualTo(count);
                }
            });
            assertThat(now.reports().keySet()).containsExactlyInAnyOrderElementsOf(iterable(reportsBefore.propertyNames()));
            now.reports().forEach((programme, report) ->
                    assertKept("report " + programme, reportsBefore.get(programme), report));
            assertThat(now.auditIntact()).as(now.auditCheck().toString()).isTrue();
            assertThat(now.auditCheck().get("entriesChecked").asLong()).isGreaterThanOrEqualTo(auditBefore.get("entriesChecked").asLong());
            assertKept("household file", AppFigures.withoutMoment(personBefore.get("export")), now.file());
            JsonNode logBefore = personBefore.get("export").get("accessLog");
            for (int i = 0; i < logBefore.size(); i++) {
                assertKept("access log entry " + i, logBefore.get(i), now.person().get("accessLog").get(i));
            }
        }
    }

    private static Map<String, Long> previousCounts() throws IOException {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : Files.readAllLines(SNAPSHOT.resolve("previous-release/counts.txt"))) {
            if (line.isBlank()) continue;
            String[] parts = line.split(" ");
            counts.put(parts[0], Long.parseLong(parts[1]));
        }
        return counts;
    }

    /**
     * Every field the previous release showed is there with the same value (field by field, arrays
     * element by element); fields a later version added are not compared.
     */
    static void assertKept(String where, JsonNode before, JsonNode now) {
        assertThat(now).as(where + ": missing").isNotNull();
        if (before.isObject()) {
            assertThat(now.isObject()).as(where).isTrue();
            for (String field : iterable(before.propertyNames())) {
                assertKept(where + "." + field, before.get(field), now.get(field));
            }
        } else if (before.isArray()) {
            assertThat(now.size()).as(where + " size").isEqualTo(before.size());
            for (int i = 0; i < before.size(); i++) assertKept(where + "[" + i + "]", before.get(i), now.get(i));
        } else if (before.isNumber()) {
            assertThat(now.decimalValue()).as(where).isEqualByComparingTo(before.decimalValue());
        } else {
            assertThat(now).as(where).isEqualTo(before);
        }
    }

    private static List<String> iterable(java.util.Collection<String> names) {
        return new ArrayList<>(names);
    }
}
