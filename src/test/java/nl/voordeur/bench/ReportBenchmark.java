package nl.voordeur.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.reporting.Reporting;
import nl.voordeur.testing.HttpTest;

/**
 * Not a test: the programme report at 100,000 households and over all programmes with
 * {@code -Dbench.programmes} × 100,000 households (default 10 = 1,000,000), each next to
 * hand-written SQL computing the same figures ({@link HandWrittenReport}) and, as before, a
 * funnel-only aggregate, over the same data in the same run. With {@code -Dbench.keep=true} the
 * data are generated only when the database does not hold them yet (for a kept database given
 * with SPRING_DATASOURCE_URL).
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
        boolean keep = Boolean.getBoolean("bench.keep");
        for (int p = 0; p < programmes; p++) ids.add(keep && data.exists(p) ? ScaleData.id(p) : data.programme(p, households));
        long generated = ms(start);
        HandWrittenReport sameFigures = new HandWrittenReport(jdbc);
        var r = AsSystem.call(() -> reporting.report(ids.getFirst(), null, null));
        List<Object> expected = List.of(r.households(), r.contacted(), r.visited(), r.visits(), r.personsVisited(),
                r.personsInTrajectory());
        List<Object> got = sameFigures.run(ids.getFirst()).stream().map(o -> (Object) ((Number) o).longValue()).toList();
        if (!expected.equals(got)) throw new AssertionError("hand-written figures differ: " + got + " vs " + expected);

        UUID first = ids.getFirst();
        List<Long> report = new ArrayList<>();
        List<Long> handwritten = new ArrayList<>();
        List<Long> same = new ArrayList<>();
        for (int round = 0; round < 5; round++) {
            long t = System.nanoTime();
            AsSystem.call(() -> reporting.report(first, null, null));
            report.add(ms(t));
            t = System.nanoTime();
            sameFigures.run(first);
            same.add(ms(t));
            t = System.nanoTime();
            funnel(first);
            handwritten.add(ms(t));
        }
        long t = System.nanoTime();
        for (UUID id : ids) AsSystem.call(() -> reporting.report(id, null, null));
        long national = ms(t);
        t = System.nanoTime();
        for (UUID id : ids) sameFigures.run(id);
        long nationalSame = ms(t);
        t = System.nanoTime();
        for (UUID id : ids) funnel(id);
        long nationalHandwritten = ms(t);
        long best = report.stream().min(Long::compare).orElseThrow();
        long bestSame = same.stream().min(Long::compare).orElseThrow();
        long bestSql = handwritten.stream().min(Long::compare).orElseThrow();
        Report.write("report", String.format("""
                programme report at %,d households (%d programmes, %,d households in all; generated in %,d ms)
                  full programme report (all KPI queries):           %s ms  (best %d ms)
                  hand-written SQL, the same figures, same programme: %s ms  (best %d ms)
                  hand-written funnel-only SQL, same programme:       %s ms  (best %d ms)
                  ratio report / hand-written same figures (best):    %.2f
                  ratio report / funnel-only (best):                  %.1f
                  national: full report for every programme %,d ms; hand-written same figures %,d ms; funnel only %,d ms
                """, households, programmes, (long) programmes * households, generated, report, best, same, bestSame,
                handwritten, bestSql, (double) best / Math.max(1, bestSame), (double) best / Math.max(1, bestSql),
                national, nationalSame, nationalHandwritten));
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
