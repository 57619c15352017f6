package nl.voordeur.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.nio.file.Path;
import java.time.Duration;

import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * A mixed working day of {@code gatling.users} (200) people at once against a running Voordeur:
 * half home visitors, a fifth case managers, the rest partners and coordinators, each with
 * their own account, arriving over 30 s and working for {@code gatling.minutes}.
 * Run with {@code ./mvnw -Pgatling verify} (see BENCHMARKS.md).
 */
public class MixedDaySimulation extends Simulation {

    private final BenchSettings settings = BenchSettings.fromSystem();

    {
        Steps.pauseFactor(settings.pauseFactor());
        BenchWorld world = BenchWorld.build(settings);
        Duration length = Duration.ofSeconds(Math.round(settings.minutes() * 60));
        Duration ramp = Duration.ofSeconds(30);
        HttpProtocolBuilder protocol = http.baseUrl(settings.baseUrl()).acceptHeader("application/json, text/html")
                .acceptLanguageHeader("nl").userAgentHeader("Voordeur Gatling bench");
        setUp(
                Visitors.day(world, length).injectOpen(rampUsers(settings.visitors()).during(ramp)),
                CaseManagers.day(world, length).injectOpen(rampUsers(settings.caseManagers()).during(ramp)),
                Partners.day(world, length).injectOpen(rampUsers(settings.partners()).during(ramp)),
                Coordinators.day(world, length).injectOpen(rampUsers(settings.coordinators()).during(ramp)))
                .protocols(protocol);
    }

    private Duration[] cpuBefore;
    private long startNanos;

    @Override
    public void before() {
        cpuBefore = AppProcess.find(settings.marker()).map(AppProcess::cpu).orElse(null);
        startNanos = System.nanoTime();
    }

    /** CPU used by the app and its database during the load, then the heap (see AppHeap). */
    @Override
    public void after() {
        String cpu = AppProcess.find(settings.marker()).filter(p -> cpuBefore != null).map(AppProcess::cpu)
                .map(now -> String.format("-- during the load (%d s wall): app JVM %.1f s CPU, its PostgreSQL %.1f s CPU%n",
                        (System.nanoTime() - startNanos) / 1_000_000_000L,
                        now[0].minus(cpuBefore[0]).toMillis() / 1000.0, now[1].minus(cpuBefore[1]).toMillis() / 1000.0))
                .orElse("");
        AppHeap.report(settings.marker(), Path.of(System.getProperty("gatling.heapFile", "target/gatling/heap.txt")), cpu);
    }
}
