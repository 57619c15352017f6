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

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressImport;
import nl.voordeur.programme.ProgrammeDetails;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.support.HttpTest;

/**
 * Not a test: measures importing an address list of {@code -Dbench.addresses} rows (default
 * 100,000) through the real import path (parse, COPY into staging, set-based apply with history),
 * next to a raw COPY of the same file into a bare table, in the same run. Run with
 * {@code ./mvnw -Pbench verify}; figures go to target/benchmarks/address-import.txt.
 */
class AddressImportBenchmark extends HttpTest {

    @Autowired
    AddressImport imports;

    @Autowired
    ProgrammeManagement programmes;

    @Autowired
    DataSource dataSource;

    @Test
    void importAddressList() throws Exception {
        int rows = Integer.getInteger("bench.addresses", 100_000);
        byte[] csv = csv(rows, 42).getBytes(StandardCharsets.UTF_8);
        List<Long> importMillis = new ArrayList<>();
        List<Long> copyMillis = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            UUID programme = AsSystem.call(() -> programmes.create(new ProgrammeDetails("Bench " + UUID.randomUUID(),
                    "Bench", "Bench", java.time.LocalDate.of(2026, 1, 1), null, null, null, null, null, null)).id());
            long start = System.nanoTime();
            var summary = AsSystem.call(() -> imports.importNow(programme, csv));
            importMillis.add((System.nanoTime() - start) / 1_000_000);
            if (summary.added() != rows) throw new AssertionError("imported " + summary.added() + " of " + rows);
            copyMillis.add(rawCopy(csv));
        }
        Report.write("address-import", String.format("""
                address import of %,d rows (%,d bytes), 3 rounds, each into a fresh programme
                  Voordeur import (parse + COPY staging + apply + history): %s ms  (best %d ms)
                  raw COPY of the same file into a bare table:               %s ms  (best %d ms)
                  ratio raw COPY / Voordeur import (best): %.2f
                """, rows, csv.length, importMillis, min(importMillis), copyMillis, min(copyMillis),
                (double) min(copyMillis) / min(importMillis)));
    }

    private long rawCopy(byte[] csv) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute("DROP TABLE IF EXISTS bench_raw_copy");
            connection.createStatement().execute("CREATE TEMP TABLE bench_raw_copy (postcode text, huisnummer text, "
                    + "huisletter text, toevoeging text, straat text, woonplaats text, corporatie text)");
            long start = System.nanoTime();
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY bench_raw_copy FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';')",
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
