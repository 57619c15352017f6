package nl.voordeur.config;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.postgresql.PGConnection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.voordeur.shared.SecretFile;

import javax.sql.DataSource;

/**
 * One embedded PostgreSQL per data directory and JVM, shared by every application context that
 * asks for it (the tests start several contexts) and stopped when the last of them closes. Every login
 * needs a password: the superuser's is kept in the data directory ({@link SuperuserPassword}),
 * the application role's is made afresh at every start and held in memory only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The role the application connects as; the migrations run as the superuser {@code postgres}. */
    static final String APP_ROLE = "voordeur_app";

    /**
     * The running servers by configured data directory ("" for the throw-away one): the
     * application's contexts in one JVM share the server of their directory (the tests start several
     * contexts, and a few of them their own data directory, e.g. a restored one).
     */
    private static final Map<String, Running> SERVERS = new HashMap<>();

    private static final class Running {
        final EmbeddedPostgres postgres;
        final Path dataDirectory;
        final String appPassword;
        int users;

        Running(Started started) {
            this.postgres = started.postgres();
            this.dataDirectory = started.dataDirectory();
            this.appPassword = createAppRole(postgres);
        }
    }

    private final String key;
    private final Running running;

    private EmbeddedPostgresServer(String key, Running running) {
        this.key = key;
        this.running = running;
    }

    static EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
        String key = properties.persistent() ? Path.of(properties.dataDirectory()).toAbsolutePath().normalize().toString() : "";
        synchronized (SERVERS) {
            Running running = SERVERS.computeIfAbsent(key, k -> new Running(start(properties)));
            running.users++;
            return new EmbeddedPostgresServer(key, running);
        }
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + running.postgres.getPort() + "/postgres";
    }

    /** The port the server listens on (localhost). */
    public int port() {
        return running.postgres.getPort();
    }

    /** Where the server keeps its data. */
    public Path dataDirectory() {
        return running.dataDirectory;
    }

    /** The superuser's ({@code postgres}) password, from its file in the data directory. */
    public String superuserPassword() {
        return SecretFile.read(superuserSecretFile()).orElseThrow();
    }

    /** The file that holds the superuser's password; part of the data directory's backup. */
    Path superuserSecretFile() {
        return running.dataDirectory.resolve(SuperuserPassword.FILE);
    }

    String appPassword() {
        return running.appPassword;
    }

    /** The owner's (superuser's) data source, for the migrations only. */
    DataSource ownerDataSource() {
        return running.postgres.getPostgresDatabase();
    }

    /**
     * Creates (or, in a kept data directory, updates) the application's login role with a fresh
     * password, which it needs to log in like every role; the password is sent as a SCRAM verifier.
     */
    private static String createAppRole(EmbeddedPostgres postgres) {
        String password = SecretFile.randomHex(24);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') "
                    + "THEN CREATE ROLE " + APP_ROLE + " LOGIN; END IF; END $$");
            sql.execute("ALTER ROLE " + APP_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS");
            connection.unwrap(PGConnection.class).alterUserPassword(APP_ROLE, password.toCharArray(), "scram-sha-256");
            return password;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the application's database role", e);
        }
    }

    @Override
    public void close() {
        synchronized (SERVERS) {
            if (--running.users > 0 || SERVERS.get(key) != running) return;
            SERVERS.remove(key);
            try {
                running.postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
        }
    }

    /**
     * Starts the server of a data directory outside an application context (the backup and
     * restore commands); the caller closes it. A new directory gets a fresh cluster.
     */
    public static EmbeddedPostgres startAlone(Path dataDirectory) {
        return start(new EmbeddedDatabaseProperties(dataDirectory.toString())).postgres();
    }

    /**
     * Starts PostgreSQL in the configured data directory, or in a fresh temporary one that is
     * removed at the end (the tests); in both, the superuser needs its password ({@link SuperuserPassword}).
     */
    static Started start(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200");
            Path dir;
            if (properties.persistent()) {
                dir = Path.of(properties.dataDirectory()).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphan(dir);
                builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            } else {
                dir = Files.createTempDirectory("voordeur-pg");
            }
            builder.setDataDirectory(dir).setCleanDataDirectory(!properties.persistent());
            SuperuserPassword password = SuperuserPassword.of(dir,
                    !properties.persistent() || !Files.exists(dir.resolve("postgresql.conf")));
            password.configure(builder);
            EmbeddedPostgres server;
            try {
                server = builder.start();
            } finally {
                password.deletePasswordFile();
            }
            password.enforce(server);
            return new Started(server, dir);
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL could not start", e);
        }
    }

    /** A running server and where it keeps its data. */
    record Started(EmbeddedPostgres postgres, Path dataDirectory) {
    }

    /** After a hard kill a postgres process may still hold the data directory: stop it first. */
    private static void stopOrphan(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) return;
        String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        try {
            long pid = Long.parseLong(first);
            ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(process -> {
                log.warn("Stopping a PostgreSQL left running by an earlier start (pid {})", pid);
                process.destroy();
                try {
                    process.onExit().get(20, TimeUnit.SECONDS);
                } catch (Exception e) {
                    process.destroyForcibly();
                }
            });
        } catch (NumberFormatException e) {
            log.warn("Unreadable postmaster.pid in {}", dir);
        }
        Files.deleteIfExists(pidFile);
    }
}
