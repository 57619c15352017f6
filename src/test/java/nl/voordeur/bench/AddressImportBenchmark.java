package nl.voordeur.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressImport;
import nl.voordeur.programme.ProgrammeDetails;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.testing.HttpTest;

/**
 * Not a test: measures importing address lists of {@code -Dbench.addresses} rows (default
 * "100000,1000000") through the real import path (parse, COPY, apply, history, audit), each into a
 * fresh programme, next to raw COPY of the same file into a bare table and COPY into a table with
 * the address table's indexes, in the same run; then re-imports the same list (every row unchanged,
 * the staging path). The import size limit is raised for the benchmark (a million rows is 38 MB). Run with {@code ./mvnw -Pbench verify -Dtest=AddressImportBenchmark}; figures go
 * to target/benchmarks/address-import.txt.
 */
@TestPropertySource(properties = "voordeur.address.import-max-bytes=100000000")
class AddressImportBenchmark extends HttpTest {

    @Autowired
    AddressImport imports;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    DataSource dataSource;

    @Test
    void importAddressList() throws Exception {
        StringBuilder report = new StringBuilder();
        for (String size : System.getProperty("bench.addresses", "100000,1000000").split(",")) {
            report.append(measure(Integer.parseInt(size.strip())));
            Report.write("address-import", report.toString());
        }
    }

    private String measure(int rows) throws Exception {
        byte[] csv = csv(rows, 42).getBytes(StandardCharsets.UTF_8);
        int rounds = rows > 200_000 ? 2 : 3;
        List<Long> importMillis = new ArrayList<>();
        List<Long> copyMillis = new ArrayList<>();
        List<Long> indexedMillis = new ArrayList<>();
        UUID programme = null;
        for (int round = 0; round < rounds; round++) {
            programme = AsSystem.call(() -> programmes.create(new ProgrammeDetails("Bench " + UUID.randomUUID(),
                    "Bench", "Bench", java.time.LocalDate.of(2026, 1, 1), null, null, null, null, null, null)).id());
            UUID target = programme;
            long start = System.nanoTime();
            var summary = AsSystem.call(() -> imports.importNow(target, csv));
            importMillis.add((System.nanoTime() - start) / 1_000_000);
            if (summary.added() != rows) throw new AssertionError("imported " + summary.added() + " of " + rows);
            copyMillis.add(rawCopy(csv, false));
            indexedMillis.add(rawCopy(csv, true));
        }
        UUID again = programme;
        long start = System.nanoTime();
        var summary = AsSystem.call(() -> imports.importNow(again, csv));
        long reimport = (System.nanoTime() - start) / 1_000_000;
        if (summary.unchanged() != rows) throw new AssertionError("unchanged " + summary.unchanged() + " of " + rows);
        return String.format("""
                address import of %,d rows (%,d bytes), %d rounds, each into a fresh programme
                  Voordeur import (parse + COPY + history + audit):       %s ms  (best %d ms)
                  raw COPY of the same file into a bare table:             %s ms  (best %d ms)
                  COPY of the same file into a table with address indexes: %s ms  (best %d ms)
                  ratio raw COPY / Voordeur import (best): %.2f; indexed COPY / Voordeur import (best): %.2f
                  re-import of the same list into the last programme (all unchanged, staging path): %d ms
                """, rows, csv.length, rounds, importMillis, min(importMillis), copyMillis, min(copyMillis),
                indexedMillis, min(indexedMillis), (double) min(copyMillis) / min(importMillis),
                (double) min(indexedMillis) / min(importMillis), reimport);
    }

    /** COPY of the file into a bare table, or into a copy of address.address with its six indexes. */
    private long rawCopy(byte[] csv, boolean indexed) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("DROP TABLE IF EXISTS bench_raw_copy");
            connection.createStatement().execute(indexed
                    ? "CREATE TEMP TABLE bench_raw_copy (LIKE address.address INCLUDING DEFAULTS INCLUDING INDEXES); "
                      + "ALTER TABLE bench_raw_copy ALTER id SET DEFAULT gen_random_uuid(), "
                      + "ALTER programme_id SET DEFAULT '" + UUID.randomUUID() + "', ALTER created_at SET DEFAULT now(), "
                      + "ALTER updated_at SET DEFAULT now()"
                    : "CREATE TEMP TABLE bench_raw_copy (postcode text, huisnummer text, "
                      + "huisletter text, toevoeging text, straat text, woonplaats text, corporatie text)");
            String columns = indexed ? "(postcode, house_number, house_letter, addition, street, city, bag_id)" : "";
            String options = indexed ? ", FORCE_NOT_NULL (house_letter, addition)" : "";
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench_raw_copy " + columns + " FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';'" + options + ")",
                    new StringReader(new String(csv, StandardCharsets.UTF_8)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            connection.createStatement().execute("DROP TABLE bench_raw_copy");
            return millis;
        }
    }

    private static long min(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    /** A realistic list: streets of about 200 dwellings, some letters and additions. */
    static String csv(int rows, long seed) {
        Random random = new Random(seed);
        StringBuilder out = new StringBuilder("postcode;huisnummer;huisletter;toevoeging;straat;woonplaats;corporatie\n");
        for (int i = 0; i < rows; i++) {
            int street = i / 200;
            int number = i % 200 + 1;
            String letter = random.nextInt(25) == 0 ? "A" : "";
            out.append(1000 + street % 9000).append(' ').append((char) ('A' + street % 26))
                    .append((char) ('A' + number / 8 % 26)).append(';').append(number).append(';').append(letter)
                    .append(';').append(';').append("Straat ").append(street).append(';').append("Benchstad")
                    .append(';').append(random.nextBoolean() ? "ja" : "nee").append('\n');
        }
        return out.toString();
    }
}
