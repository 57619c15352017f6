package nl.voordeur.config;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.postgresql.PGConnection;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.voordeur.shared.SecretFile;

/**
 * One embedded PostgreSQL per JVM, shared by every application context that asks for it
 * (the tests start several contexts) and stopped when the last of them closes. Every login
 * needs a password: the superuser's is kept in the data directory ({@link SuperuserPassword}),
 * the application role's is made afresh at every start and held in memory only.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The role the application connects as; the migrations run as the superuser {@code postgres}. */
    static final String APP_ROLE = "voordeur_app";

    private static EmbeddedPostgres server;
    private static Path dataDirectory;
    private static String appPassword;
    private static int users;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            Started started = start(properties);
            server = started.postgres();
            dataDirectory = started.dataDirectory();
            appPassword = createAppRole(server);
        }
        users++;
        return new EmbeddedPostgresServer();
    }

    String jdbcUrl() {
        synchronized (EmbeddedPostgresServer.class) {
            return "jdbc:postgresql://localhost:" + server.getPort() + "/postgres";
        }
    }

    /** The file that holds the superuser's password; part of the data directory's backup. */
    Path superuserSecretFile() {
        synchronized (EmbeddedPostgresServer.class) {
            return dataDirectory.resolve(SuperuserPassword.FILE);
        }
    }

    String appPassword() {
        synchronized (EmbeddedPostgresServer.class) {
            return appPassword;
        }
    }

    /** The owner's (superuser's) data source, for the migrations only. */
    javax.sql.DataSource ownerDataSource() {
        synchronized (EmbeddedPostgresServer.class) {
            return server.getPostgresDatabase();
        }
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
        synchronized (EmbeddedPostgresServer.class) {
            if (--users > 0 || server == null) return;
            try {
                server.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            server = null;
            dataDirectory = null;
        }
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
