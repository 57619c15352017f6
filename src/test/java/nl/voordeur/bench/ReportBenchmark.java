package nl.voordeur.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.reporting.Reporting;
import nl.voordeur.support.HttpTest;

/**
 * Not a test: the programme report at 100,000 households and over all programmes with
 * {@code -Dbench.programmes} × 100,000 households (default 10 = 1,000,000), each next to a
 * hand-written SQL aggregate of the funnel over the same data, in the same run.
 */
class ReportBenchmark extends HttpTest {

    @Autowired
    Reporting reporting;

    /** The owner: ANALYZE of the whole database needs it (the app's own role may not). */
    @Autowired
    @org.springframework.boot.flyway.autoconfigure.FlywayDataSource
    javax.sql.DataSource owner;

    @Test
    void programmeAndNationalReport() throws Exception {
        int programmes = Integer.getInteger("bench.programmes", 10);
        int households = Integer.getInteger("bench.households", 100_000);
        ScaleData data = new ScaleData(org.springframework.jdbc.core.simple.JdbcClient.create(owner));
        data.partners();
        long start = System.nanoTime();
        List<UUID> ids = new ArrayList<>();
        for (int p = 0; p < programmes; p++) ids.add(data.programme(p, households));
        long generated = ms(start);

        UUID first = ids.getFirst();
        List<Long> report = new ArrayList<>();
        List<Long> handwritten = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long t = System.nanoTime();
            AsSystem.call(() -> reporting.report(first, null, null));
            report.add(ms(t));
            t = System.nanoTime();
            funnel(first);
            handwritten.add(ms(t));
        }
        long t = System.nanoTime();
        for (UUID id : ids) AsSystem.call(() -> reporting.report(id, null, null));
        long national = ms(t);
        t = System.nanoTime();
        for (UUID id : ids) funnel(id);
        long nationalHandwritten = ms(t);
        long best = report.stream().min(Long::compare).orElseThrow();
        long bestSql = handwritten.stream().min(Long::compare).orElseThrow();
        Report.write("report", String.format("""
                programme report at %,d households (%d programmes, %,d households in all; generated in %,d ms)
                  full programme report (all KPI queries):  %s ms  (best %d ms)
                  hand-written funnel SQL, same programme:  %s ms  (best %d ms)
                  ratio report / hand-written (best):       %.1f
                  national: full report for every programme %,d ms; hand-written funnel for every programme %,d ms
                """, households, programmes, (long) programmes * households, generated, report, best, handwritten, bestSql,
                (double) best / Math.max(1, bestSql), national, nationalHandwritten));
    }

    /** The baseline: households, contacted and visited of one programme in one straightforward query. */
    private void funnel(UUID programme) {
        jdbc.sql("""
                SELECT count(*) FILTER (WHERE a.status NOT IN ('VACANT','NOT_RESIDENTIAL','MOVED')),
                       count(*) FILTER (WHERE a.status IN ('VISITED','DOORSTEP_CONTACT','REFUSED','APPOINTMENT_MADE')),
                       count(*) FILTER (WHERE a.first_visit_at IS NOT NULL)
                FROM address.address a WHERE a.programme_id = ? AND a.in_scope""").param(programme).query().singleRow();
    }

    private static long ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
