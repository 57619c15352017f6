package nl.voordeur.bench;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.audit.GeneratedAuditChain;
import nl.voordeur.bench.generator.Generator;
import nl.voordeur.household.HouseholdFile;
import nl.voordeur.household.Households;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.Relation;
import nl.voordeur.shared.Paging;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Urgency;
import nl.voordeur.household.VisitQuestion;

/**
 * Not a test: server-side latency of the register, one household and saving a full visit,
 * against {@code -Dhouseholds} (default 1,000,000) generated households in the embedded
 * PostgreSQL of {@code -Dbench.data-directory} (default target/bench-pg; generated first when
 * missing), measured in the largest programme through the real services as its coordinator (register),
 * case manager (household) and visitor (visit), access checks and audit included, and the same
 * register and household over HTTP. A full visit is saved two ways, round by round in turn: in one
 * call with its questions ({@link Households#recordVisit} with the questions in the visit, as the API does with helpQuestions), and
 * question by question (Households.recordVisit, then 10 × HelpQuestions.register, one transaction).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"voordeur.database.embedded.data-directory=${bench.data-directory:target/bench-pg}",
                "voordeur.audit.key-file=${bench.data-directory:target/bench-pg}.audit.key",
                "voordeur.audit.checkpoint-directory=${bench.data-directory:target/bench-pg}.audit-checkpoints"})
class LatencyBenchmark extends HttpTest {

    private static final int WARMUP = Integer.getInteger("bench.warmup", 50);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

    /** The owner: the generator loads data as a database administrator would, not as the app's role. */
    @Autowired @org.springframework.boot.flyway.autoconfigure.FlywayDataSource DataSource dataSource;
    @Autowired AddressRegister register;
    @Autowired HouseholdFile files;
    @Autowired Households households;
    @Autowired HelpQuestions questions;
    @Autowired UserDetailsService users;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    void registerHouseholdAndVisit() throws Exception {
        long size = Long.getLong("households", 1_000_000);
        long seed = Long.getLong("seed", 2026);
        long start = System.nanoTime();
        UUID programme = Generator.existing(dataSource, size, seed)
                .orElseGet(() -> Generator.generate(dataSource, GeneratedAuditChain.of(context), size, seed).largestProgramme());
        long prepared = (System.nanoTime() - start) / 1_000_000;
        List<String> streets = jdbc.sql("SELECT DISTINCT street FROM address.address WHERE programme_id = ? ORDER BY 1")
                .param(programme).query(String.class).list();
        List<String> doors = jdbc.sql("SELECT postcode || ' ' || house_number FROM address.address WHERE programme_id = ? "
                + "ORDER BY md5(id::text) LIMIT 500").param(programme).query(String.class).list();
        List<UUID> homes = jdbc.sql("SELECT id FROM household.household WHERE programme_id = ? AND case_manager_id IS NOT NULL "
                + "ORDER BY md5(id::text) LIMIT 500")
                .param(programme).query(UUID.class).list();
        long addressCount = jdbc.sql("SELECT count(*) FROM address.address WHERE programme_id = ?").param(programme)
                .query(Long.class).single();
        StringBuilder text = new StringBuilder(String.format(
                "latency at %,d generated households (seed %d; data ready after %,d ms); largest programme: %,d addresses%n",
                size, seed, prepared, addressCount));
        List<UUID> free = freeAddresses(programme);
        String[] modes = System.getProperty("bench.synchronous-commit", "off,on").split(",");
        for (int m = 0; m < modes.length; m++) {
            durability(modes[m]);
            int share = free.size() / modes.length;
            List<Timings> results = measure(programme, streets, doors, homes, free.subList(m * share, (m + 1) * share));
            text.append(String.format("synchronous_commit = %s, fsync = %s%n", modes[m],
                    jdbc.sql("SHOW fsync").query(String.class).single()));
            results.forEach(r -> text.append(r.line()).append('\n'));
            text.append(String.format("  visits saved per second from one client (sequential): %.0f in one call, %.0f question by question%n",
                    results.get(results.size() - 2).perSecond(), results.getLast().perSecond()));
        }
        durability("DEFAULT");
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
        text.append(String.format("  heap in use after the load and a full GC (whole test JVM): %d MB%n", heap));
        Report.write("latency", text.toString());
    }

    private List<Timings> measure(UUID programme, List<String> streets, List<String> doors, List<UUID> homes, List<UUID> free) {
        List<Timings> results = new ArrayList<>();
        as("gen-p1-coordinator", () -> {
            results.add(Timings.measure("register first page (service)", WARMUP, ROUNDS,
                    i -> register.list(programme, AddressFilter.none(), Paging.of(i % 3, null))));
            results.add(Timings.measure("register, one street chosen (service)", WARMUP, ROUNDS,
                    i -> register.list(programme, filter(streets.get(i % streets.size()), null), Paging.of(null, null))));
            results.add(Timings.measure("register search by street name, 'Molen…' (service)", WARMUP, ROUNDS,
                    i -> register.list(programme, filter(null, prefix(streets.get(i % streets.size()))), Paging.of(null, null))));
            results.add(Timings.measure("register search by postcode + number, '1234 AB 12' (service)", WARMUP, ROUNDS,
                    i -> register.list(programme, filter(null, doors.get(i % doors.size())), Paging.of(null, null))));
        });
        as("gen-p1-casemanager", () -> results.add(Timings.measure("one household with its members (HouseholdFile.read)",
                WARMUP, ROUNDS, i -> files.read(homes.get(i % homes.size())))));
        var coordinator = api("gen-p1-coordinator");
        results.add(Timings.measure("GET /api/v1/programmes/{id}/addresses (HTTP, loopback)", WARMUP, ROUNDS,
                i -> ok(coordinator.get("/api/v1/programmes/" + programme + "/addresses?page=" + (i % 3)).status())));
        var caseManager = api("gen-p1-casemanager");
        results.add(Timings.measure("GET /api/v1/households/{id} (HTTP, loopback)", WARMUP, ROUNDS,
                i -> ok(caseManager.get("/api/v1/households/" + homes.get(i % homes.size())).status())));
        results.addAll(visits(free));
        return results;
    }

    /** Session default for every pooled connection; ALTER SYSTEM applies it after a reload. */
    private void durability(String synchronousCommit) {
        // ALTER SYSTEM needs the server's administrator: the owner connection, not the app's role.
        JdbcClient owner = JdbcClient.create(dataSource);
        owner.sql("ALTER SYSTEM SET synchronous_commit = " + synchronousCommit).update();
        owner.sql("SELECT pg_reload_conf()").query().singleValue();
    }

    private List<UUID> freeAddresses(UUID programme) {
        UUID visitor = jdbc.sql("SELECT id FROM access.user_account WHERE username = 'gen-p1-visitor-1'").query(UUID.class).single();
        return jdbc.sql("""
                SELECT a.id FROM address.address a JOIN address.assignment s ON s.address_id = a.id AND s.visitor_id = ?
                WHERE a.programme_id = ? AND a.status IN ('IN_SCOPE', 'NOT_HOME')
                  AND NOT EXISTS (SELECT 1 FROM household.household h WHERE h.address_id = a.id)
                ORDER BY a.id LIMIT ?""").params(visitor, programme, 4 * (WARMUP + ROUNDS)).query(UUID.class).list();
    }

    /**
     * A full visit (household, 5 members, 10 questions) saved two ways, in turn, each round at another
     * free address, as the assigned visitor: in one call, as POST /addresses/{id}/visits with
     * helpQuestions makes it; and the earlier way, Households.recordVisit then 10 × HelpQuestions.register
     * in one transaction.
     */
    private List<Timings> visits(List<UUID> free) {
        List<VisitQuestion> asked = new ArrayList<>();
        for (int q = 0; q < 10; q++) {
            asked.add(new VisitQuestion(q % 5, null, DOMAINS[q], QuestionKind.QUESTION, "Vraag " + q, Urgency.NORMAL));
        }
        TransactionTemplate tx = new TransactionTemplate(transactions);
        int warmup = Math.min(WARMUP, free.size() / 10);
        List<List<Timings>> timings = new ArrayList<>();
        as("gen-p1-visitor-1", () -> timings.add(Timings.alternate("save a full visit in one call (Households.recordVisit with its questions)",
                "save a full visit, question by question (11 calls)", warmup, free.size() / 2 - warmup,
                i -> households.recordVisit(free.get(i), fullVisit().withQuestions(asked)),
                i -> tx.executeWithoutResult(status -> {
                    var recorded = households.recordVisit(free.get(i), fullVisit());
                    for (int q = 0; q < 10; q++) {
                        questions.register(recorded.householdId(), recorded.members().get(q % 5).id(), DOMAINS[q],
                                QuestionKind.QUESTION, "Vraag " + q, Urgency.NORMAL);
                    }
                }))));
        return timings.getFirst();
    }

    private static final LifeDomain[] DOMAINS = LifeDomain.values();

    private static NewVisit fullVisit() {
        return new NewVisit(LocalDate.now(), Set.of(), List.of(
                new NewVisit.Member("Bewoner Een", 1970, Relation.MAIN_RESIDENT, true),
                new NewVisit.Member("Bewoner Twee", 1972, Relation.PARTNER, true),
                new NewVisit.Member("Kind Een", 2005, Relation.CHILD, true),
                new NewVisit.Member("Kind Twee", 2008, Relation.CHILD, false),
                new NewVisit.Member("Kind Drie", 2012, Relation.CHILD, false)), null, null, 60);
    }

    private void as(String username, Runnable work) {
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static AddressFilter filter(String street, String search) {
        return new AddressFilter(null, street, search, false, null);
    }

    private static String prefix(String street) {
        return street.substring(0, Math.min(5, street.length()));
    }

    private static void ok(int status) {
        if (status != 200) throw new AssertionError("HTTP " + status);
    }
}
