package nl.voordeur.bench.generator;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import nl.voordeur.VoordeurApplication;
import nl.voordeur.audit.GeneratedAuditChain;

/**
 * The generator as one command: {@code ./mvnw -Pbench test-compile exec:java -Dhouseholds=1000000 [-Dseed=2026]}.
 * Starts the application on a random port (so Flyway migrates every module, as at a normal start)
 * against the embedded PostgreSQL in {@code -Dbench.data-directory} (default target/bench-pg,
 * kept for the benchmarks) or against {@code SPRING_DATASOURCE_URL}, then generates.
 */
public final class GeneratorMain {

    private GeneratorMain() {
    }

    public static void main(String[] args) {
        long households = Long.getLong("households", 1_000_000);
        long seed = Long.getLong("seed", 2026);
        String dataDirectory = System.getProperty("bench.data-directory", "target/bench-pg");
        System.setProperty("voordeur.database.embedded.data-directory", dataDirectory);
        // the audit key and checkpoints belong to this database: keep them beside it
        System.setProperty("voordeur.audit.key-file", dataDirectory + ".audit.key");
        System.setProperty("voordeur.audit.checkpoint-directory", dataDirectory + ".audit-checkpoints");
        System.setProperty("voordeur.demo.enabled", "false");
        System.setProperty("server.port", "0");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(VoordeurApplication.class).run()) {
            // the owner (Flyway's connection) where there is one: the app's own role may not create tables
            DataSource dataSource = context.containsBean("flywayDataSource")
                    ? context.getBean("flywayDataSource", DataSource.class) : context.getBean(DataSource.class);
            if (Generator.existing(dataSource, households, seed).isPresent()) {
                System.out.printf("[generator] %,d households with seed %d are already in the database%n", households, seed);
                return;
            }
            Generator.generate(dataSource, GeneratedAuditChain.of(context), households, seed);
        }
    }
}
