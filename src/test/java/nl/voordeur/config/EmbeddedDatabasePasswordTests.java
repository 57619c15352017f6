package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.voordeur.testing.HttpTest;

/**
 * Issue 16 item 3: the embedded PostgreSQL no longer trusts local logins. Whoever does not know
 * the superuser's password (kept in the data directory, readable by the app's OS user only)
 * cannot connect, as the superuser or as the application's role.
 */
class EmbeddedDatabasePasswordTests extends HttpTest {

    @Autowired
    EmbeddedPostgresServer server;

    @Test
    void aConnectionWithoutThePasswordOrWithAWrongOneIsRefused() throws Exception {
        String url = server.jdbcUrl();
        assertRefused(url, "postgres", "");
        assertRefused(url, "postgres", "postgres");
        assertRefused(url, EmbeddedPostgresServer.APP_ROLE, "");
        assertRefused(url, EmbeddedPostgresServer.APP_ROLE, "voordeur");

        Path secret = server.superuserSecretFile();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret))).isEqualTo("rw-------");
        assertThat(isSuperuser(url, Files.readString(secret).strip())).isTrue();
    }

    /**
     * A data directory that zonky created with {@code initdb -A trust} (every version before this
     * one) gets the password at its next start and trusts no more; its data stay.
     */
    @Test
    void aDataDirectoryThatTrustedEveryLocalLoginNeedsThePasswordAfterItsNextStart(@TempDir Path parent) throws Exception {
        Path dir = parent.resolve("pg");
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(false).start();
             Connection c = old.getPostgresDatabase().getConnection()) {
            c.createStatement().execute("CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)");
        }

        var properties = new EmbeddedDatabaseProperties(dir.toString());
        var upgraded = EmbeddedPostgresServer.start(properties);
        try (EmbeddedPostgres postgres = upgraded.postgres()) {
            String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
            String secret = Files.readString(dir.resolve(SuperuserPassword.FILE)).strip();
            awaitRefused(url, "postgres", "");
            assertRefused(url, "postgres", "wrong");
            try (Connection c = DriverManager.getConnection(url, "postgres", secret);
                 ResultSet rs = c.createStatement().executeQuery("SELECT n FROM kept")) {
                assertThat(rs.next() && rs.getInt(1) == 42).as("the data stay").isTrue();
            }
        }
        try (EmbeddedPostgres again = EmbeddedPostgresServer.start(properties).postgres()) {
            String url = "jdbc:postgresql://localhost:" + again.getPort() + "/postgres";
            assertRefused(url, "postgres", "");
            assertThat(isSuperuser(url, Files.readString(dir.resolve(SuperuserPassword.FILE)).strip())).isTrue();
        }
    }

    private static boolean isSuperuser(String url, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", password);
             ResultSet rs = c.createStatement().executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void assertRefused(String url, String user, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, password).close())
                .as("%s with password '%s'", user, password)
                .isInstanceOf(SQLException.class).hasMessageContaining("password");
    }

    /** pg_hba.conf is reloaded by a signal: give the server a moment to read it. */
    private static void awaitRefused(String url, String user, String password) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            try {
                DriverManager.getConnection(url, user, password).close();
                Thread.sleep(100);
            } catch (SQLException refused) {
                break;
            }
        }
        assertRefused(url, user, password);
    }
}
