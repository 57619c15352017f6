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
    /** Tables a later version moved to another module's schema, rows and all (issue 17: help questions). */
    private static final Map<String, String> MOVED = Map.of("support.help_question", "household.help_question");

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
                    String moved = MOVED.getOrDefault(table, table);
                    assertThat(now.counts().get(moved)).as(table + " (now " + moved + ")").isEqualTo(count);
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
     * element by element, in any order: rows with equal figures may come in another order); fields a
     * later version added are not compared.
     */
    static void assertKept(String where, JsonNode before, JsonNode now) {
        List<String> differences = new ArrayList<>();
        compare(where, before, now, differences);
        assertThat(differences).as(where).isEmpty();
    }

    private static void compare(String where, JsonNode before, JsonNode now, List<String> differences) {
        if (now == null || now.isMissingNode()) {
            differences.add(where + ": missing");
        } else if (before.isObject()) {
            if (!now.isObject()) {
                differences.add(where + ": not an object: " + now);
                return;
            }
            for (String field : iterable(before.propertyNames())) compare(where + "." + field, before.get(field), now.get(field), differences);
        } else if (before.isArray()) {
            List<JsonNode> wantedAll = new ArrayList<>();
            before.forEach(wantedAll::add);
            if (where.endsWith(".visitors")) {
                // household V6 and address V5 remove the null visitors an earlier version stored: a fix, not a loss
                wantedAll.removeIf(JsonNode::isNull);
            }
            if (now.size() != wantedAll.size()) {
                differences.add(where + ": " + now.size() + " elements instead of " + wantedAll.size());
                return;
            }
            List<JsonNode> unmatched = new ArrayList<>();
            now.forEach(unmatched::add);
            for (int i = 0; i < wantedAll.size(); i++) {
                JsonNode wanted = wantedAll.get(i);
                JsonNode match = unmatched.stream().filter(candidate -> {
                    List<String> none = new ArrayList<>();
                    compare("", wanted, candidate, none);
                    return none.isEmpty();
                }).findFirst().orElse(null);
                if (match == null) {
                    differences.add(where + "[" + i + "]: " + wanted + " not found in " + now);
                } else {
                    unmatched.remove(match);
                }
            }
        } else if (before.isNumber()) {
            if (!now.isNumber() || now.decimalValue().compareTo(before.decimalValue()) != 0) {
                differences.add(where + ": " + now + " instead of " + before);
            }
        } else if (!now.equals(before)) {
            differences.add(where + ": " + now + " instead of " + before);
        }
    }

    private static List<String> iterable(java.util.Collection<String> names) {
        return new ArrayList<>(names);
    }
}
