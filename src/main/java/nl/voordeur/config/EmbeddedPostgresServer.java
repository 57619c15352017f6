package nl.voordeur.config;

import java.io.IOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One embedded PostgreSQL per JVM, shared by every application context that asks for it
 * (the tests start several contexts) and stopped when the last of them closes.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    /** The role the application connects as; the migrations run as the superuser {@code postgres}. */
    static final String APP_ROLE = "voordeur_app";

    private static EmbeddedPostgres server;
    private static String appPassword;
    private static int users;

    private EmbeddedPostgresServer() {
    }

    static synchronized EmbeddedPostgresServer acquire(EmbeddedDatabaseProperties properties) {
        if (server == null) {
            server = start(properties);
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

    /** Creates (or, in a kept data directory, updates) the application's login role with a fresh password. */
    private static String createAppRole(EmbeddedPostgres postgres) {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            sql.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + APP_ROLE + "') "
                    + "THEN CREATE ROLE " + APP_ROLE + " LOGIN; END IF; END $$");
            sql.execute("ALTER ROLE " + APP_ROLE + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION "
                    + "NOBYPASSRLS PASSWORD '" + password + "'");
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
        }
    }

    private static EmbeddedPostgres start(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "200");
            if (properties.persistent()) {
                Path dir = Path.of(properties.dataDirectory()).toAbsolutePath();
                Files.createDirectories(dir);
                stopOrphan(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false)
                        .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on");
                log.info("Embedded PostgreSQL keeps its data in {}", dir);
            }
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Embedded PostgreSQL could not start", e);
        }
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
