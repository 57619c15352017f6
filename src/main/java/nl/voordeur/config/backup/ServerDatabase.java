package nl.voordeur.config.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server (spring.datasource.url), backed up with its own {@code pg_dump} in
 * custom format (one consistent snapshot, taken while the application runs) and restored with
 * {@code pg_restore} in one transaction: a restore that fails leaves the database as empty as it
 * was. Use the client tools of the server's major version or newer ({@code voordeur.backup.pg-dump},
 * {@code voordeur.backup.pg-restore}); they log in as the schema owner (spring.flyway.user) when
 * it is set, else as the application's user.
 */
record ServerDatabase(String jdbcUrl, String host, String port, String database, String user, String password,
                      String pgDump, String pgRestore) {

    static final String DUMP = "dump/database.pgdump";
    private static final Pattern URL = Pattern.compile("jdbc:postgresql://([^/:?]+)(?::(\\d+))?/([^?]+).*");

    static ServerDatabase of(String jdbcUrl, String user, String password, String pgDump, String pgRestore) {
        Matcher m = URL.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new BackupRefused("spring.datasource.url must look like jdbc:postgresql://host[:port]/database;"
                    + " a backup of " + jdbcUrl + " is not supported.");
        }
        return new ServerDatabase(jdbcUrl, m.group(1), m.group(2) == null ? "5432" : m.group(2), m.group(3), user,
                password, pgDump, pgRestore);
    }

    void dump(BackupArchive.Writer archive) throws IOException {
        Process process = start(List.of(pgDump, "--format=custom", "--no-password", "--dbname=" + database));
        try (InputStream out = process.getInputStream()) {
            archive.file(DUMP, out);
        }
        await(process, "pg_dump");
    }

    /** Restores the dump entry into the (empty) database; closing stdin too early makes pg_restore fail. */
    void restore(InputStream dump) throws IOException {
        Process process = start(List.of(pgRestore, "--no-password", "--no-owner", "--no-acl", "--single-transaction",
                "--exit-on-error", "--dbname=" + database));
        try (OutputStream in = process.getOutputStream()) {
            dump.transferTo(in);
        } catch (IOException e) {
            process.destroyForcibly();
            throw e;
        }
        await(process, "pg_restore");
    }

    String serverVersion() {
        try (Connection c = connect(); Statement sql = c.createStatement(); ResultSet rs = sql.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new BackupRefused("Could not connect to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    /** The tables outside PostgreSQL's own schemas: a restore goes only into a database without any. */
    long tables() {
        try (Connection c = connect(); Statement sql = c.createStatement();
             ResultSet rs = sql.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new BackupRefused("Could not connect to " + jdbcUrl + ": " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, user, password);
    }

    private Process start(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command));
        Map<String, String> env = builder.environment();
        env.put("PGHOST", host);
        env.put("PGPORT", port);
        env.put("PGUSER", user);
        if (password != null) env.put("PGPASSWORD", password);
        builder.redirectError(ProcessBuilder.Redirect.PIPE);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new BackupRefused(command.getFirst() + " could not be started (" + e.getMessage() + "): install the"
                    + " PostgreSQL client tools of the server's major version, or set voordeur.backup.pg-dump and"
                    + " voordeur.backup.pg-restore to their paths.", e);
        }
    }

    private static void await(Process process, String tool) throws IOException {
        String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            int exit = process.waitFor();
            if (exit != 0) throw new BackupRefused(tool + " failed (exit " + exit + "): " + errors);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new BackupRefused(tool + " was interrupted");
        }
    }

    @Override
    public String toString() {
        return "ServerDatabase[" + jdbcUrl + ", user=" + user + "]";
    }
}
