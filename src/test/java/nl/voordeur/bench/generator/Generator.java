package nl.voordeur.bench.generator;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import javax.sql.DataSource;

import nl.voordeur.audit.GeneratedAuditChain;

/**
 * Fills a migrated Voordeur database with synthetic programmes at national scale, streamed in
 * with COPY; deterministic for a seed. One thread generates the next programme's rows while the
 * caller's thread copies the previous one, each programme in one transaction. See BENCHMARKS.md.
 */
public final class Generator {

    /** What was generated; {@code largestProgramme} is the first and biggest, the one benchmarks measure. */
    public record Result(long households, long seed, List<UUID> programmes, UUID largestProgramme,
                         Map<String, Long> rows, long millis) {
    }

    private static final java.util.concurrent.atomic.AtomicLong BUILD_NANOS = new java.util.concurrent.atomic.AtomicLong();

    private Generator() {
    }

    /** {@code chain}: the running application's audit chain, so the generated audit entries verify. */
    public static Result generate(DataSource dataSource, GeneratedAuditChain chain, long households, long seed) {
        try (Connection connection = dataSource.getConnection()) {
            return generate(connection, chain, households, seed);
        } catch (SQLException e) {
            throw new IllegalStateException("generating synthetic data failed", e);
        }
    }

    private static Result generate(Connection connection, GeneratedAuditChain chain, long households, long seed)
            throws SQLException {
        long start = System.nanoTime();
        List<Integer> sizes = ProgrammePlan.sizes(households, seed);
        connection.setAutoCommit(false);
        prepare(connection);
        refuseSecondRun(connection);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(1);
        Thread producer = Thread.ofPlatform().name("generator").daemon().start(() -> produce(queue, sizes, seed));
        Map<String, Long> rows = new TreeMap<>();
        List<UUID> programmes = new ArrayList<>();
        long done = 0;
        try {
            for (int n = 0; n <= sizes.size(); n++) {
                Object next = queue.take();
                if (next instanceof RuntimeException e) throw e;
                ((Batch) next).copy(connection, rows, chain);
                if (n == 0) continue;
                programmes.add(ProgrammePlan.id(seed, n));
                done += sizes.get(n - 1);
                progress(n, sizes.size(), done, households, start);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            producer.interrupt();
        }
        rows.put("ms generating rows (other thread)", BUILD_NANOS.getAndSet(0) / 1_000_000);
        long analyze = System.nanoTime();
        finish(connection, households, seed, programmes.getFirst());
        rows.put("ms vacuum analyze", (System.nanoTime() - analyze) / 1_000_000);
        Result result = new Result(households, seed, programmes, programmes.getFirst(), rows, (System.nanoTime() - start) / 1_000_000);
        System.out.println(summary(result));
        return result;
    }

    private static void produce(BlockingQueue<Object> queue, List<Integer> sizes, long seed) {
        try {
            Ids ids = new Ids(seed);
            Staff staff = new Staff(ids);
            Batch first = new Batch();
            staff.partners(first, seed);
            queue.put(first);
            for (int n = 1; n <= sizes.size(); n++) {
                long start = System.nanoTime();
                Batch batch = ProgrammePlan.build(ids, staff, seed, n, sizes.get(n - 1));
                BUILD_NANOS.addAndGet(System.nanoTime() - start);
                queue.put(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            queue.offer(e);
        }
    }

    /** Foreign keys are not re-checked row by row when the role allows (the rows are consistent by construction). */
    private static void prepare(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET synchronous_commit = off");
            s.execute("CREATE TABLE IF NOT EXISTS public.synthetic_data (households bigint NOT NULL, seed bigint NOT NULL, "
                    + "largest_programme uuid NOT NULL, generated_at timestamptz NOT NULL)");
            connection.commit();
            try {
                s.execute("SET session_replication_role = replica");
                connection.commit();
            } catch (SQLException notSuperuser) {
                connection.rollback();
            }
        }
    }

    /** Usernames and ids would clash with an earlier run: generate into a fresh database instead. */
    private static void refuseSecondRun(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             var rs = s.executeQuery("SELECT households, seed FROM public.synthetic_data")) {
            if (rs.next()) {
                throw new IllegalStateException("this database already holds generated data (" + rs.getLong(1)
                        + " households, seed " + rs.getLong(2) + "); use a fresh one (-Dbench.data-directory=...)");
            }
        }
    }

    private static void finish(Connection connection, long households, long seed, UUID largest) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET session_replication_role = origin");
            s.execute("INSERT INTO public.synthetic_data VALUES (" + households + ", " + seed + ", '" + largest + "', now())");
            connection.commit();
            connection.setAutoCommit(true);
            s.execute("VACUUM (ANALYZE)");
        }
    }

    private static void progress(int n, int of, long done, long households, long start) {
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (n == of || n % 10 == 0) {
            System.out.printf("[generator] programme %d/%d: %,d of %,d households (%d %%) in %,d ms%n", n, of, done,
                    households, done * 100 / households, ms);
        }
    }

    static String summary(Result r) {
        StringBuilder out = new StringBuilder(String.format("[generator] %,d households in %d programmes (seed %d) in %,d ms%n",
                r.households(), r.programmes().size(), r.seed(), r.millis()));
        r.rows().forEach((table, count) -> out.append(String.format("  %-40s %,12d%n", table, count)));
        return out.toString();
    }

    /** The generated data already in the database (the last run), if any. */
    public static java.util.Optional<UUID> existing(DataSource dataSource, long households, long seed) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT largest_programme FROM public.synthetic_data WHERE households = " + households
                     + " AND seed = " + seed)) {
            return rs.next() ? java.util.Optional.of(rs.getObject(1, UUID.class)) : java.util.Optional.empty();
        } catch (SQLException noTableYet) {
            return java.util.Optional.empty();
        }
    }
}
