package nl.voordeur.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import nl.voordeur.shared.SecretFile;

/**
 * The embedded PostgreSQL's superuser ({@code postgres}) has a password, and every connection,
 * over TCP or the local socket, must give it (SCRAM-SHA-256): zonky's {@code initdb -A trust}
 * let any local user in as the superuser. The password is random, made at the first start and
 * kept in {@value #FILE} inside the data directory (permissions 600, like the data directory
 * itself: only the application's OS user reads it).
 *
 * <ul>
 * <li>A new data directory gets the password from initdb ({@code --pwfile}).</li>
 * <li>A data directory created with {@code trust} by an earlier version gets it at its next
 * start: the server starts as it was, the password is set, and then {@code pg_hba.conf} is
 * replaced and reloaded.</li>
 * <li>At every start, before the server starts, {@code pg_hba.conf} is written again, so a
 * hand-made {@code trust} line does not survive a restart.</li>
 * </ul>
 */
final class SuperuserPassword {

    private static final Logger log = LoggerFactory.getLogger(SuperuserPassword.class);

    static final String FILE = "voordeur-superuser.secret";

    static final String HBA = """
            # Written by Voordeur at every start (config/SuperuserPassword); changes here are overwritten.
            # Every connection needs its role's password (SCRAM-SHA-256); there is no trust.
            local   all           all                   scram-sha-256
            host    all           all   127.0.0.1/32    scram-sha-256
            host    all           all   ::1/128         scram-sha-256
            local   replication   all                   scram-sha-256
            host    replication   all   127.0.0.1/32    scram-sha-256
            host    replication   all   ::1/128         scram-sha-256
            """;

    private enum State { NEW, KNOWN, TRUSTED }

    private final Path dataDirectory;
    private final String secret;
    private final State state;
    private Path passwordFile;

    private SuperuserPassword(Path dataDirectory, String secret, State state) {
        this.dataDirectory = dataDirectory;
        this.secret = secret;
        this.state = state;
    }

    /** The password for the server in {@code dataDirectory}, known from its file or made now. */
    static SuperuserPassword of(Path dataDirectory, boolean initdbRuns) {
        if (initdbRuns) return new SuperuserPassword(dataDirectory, SecretFile.randomHex(24), State.NEW);
        return SecretFile.read(dataDirectory.resolve(FILE))
                .map(known -> new SuperuserPassword(dataDirectory, known, State.KNOWN))
                .orElseGet(() -> trusting(dataDirectory));
    }

    /** A data directory without the file must be one that still trusts: else the password is lost. */
    private static SuperuserPassword trusting(Path dataDirectory) {
        try {
            if (!trusts(Files.readAllLines(dataDirectory.resolve("pg_hba.conf")))) {
                throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory + " needs a password, but "
                        + FILE + " is missing from it: restore that file (it is part of the data directory's backup)");
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not read pg_hba.conf of the embedded PostgreSQL", e);
        }
        return new SuperuserPassword(dataDirectory, SecretFile.randomHex(24), State.TRUSTED);
    }

    private static boolean trusts(List<String> hba) {
        return hba.stream().map(String::strip).filter(line -> !line.startsWith("#"))
                .anyMatch(line -> Arrays.asList(line.split("\\s+")).contains("trust"));
    }

    /** Connects with the password, gives it to initdb, and writes pg_hba.conf before the server starts. */
    void configure(EmbeddedPostgres.Builder builder) throws IOException {
        builder.setConnectConfig("password", secret);
        if (state == State.NEW) {
            passwordFile = Files.createTempFile("voordeur-pg", ".pw");
            SecretFile.write(passwordFile, secret);
            builder.setLocaleConfig("pwfile", passwordFile.toString());
        }
        builder.setDataDirectoryCustomizer(directory -> {
            if (state == State.NEW) SecretFile.write(dataDirectory.resolve(FILE), secret);
            if (state != State.TRUSTED) writeHba();
        });
    }

    /** After the start: a server that still trusts gets its password now, and trusts no more. */
    void enforce(EmbeddedPostgres server) {
        deletePasswordFile();
        if (state != State.TRUSTED) return;
        log.warn("The embedded PostgreSQL in {} accepted logins without a password: setting one now (kept in {})",
                dataDirectory, FILE);
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement sql = connection.createStatement()) {
            connection.unwrap(PGConnection.class).alterUserPassword("postgres", secret.toCharArray(), "scram-sha-256");
            SecretFile.write(dataDirectory.resolve(FILE), secret);
            writeHba();
            sql.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not give the embedded PostgreSQL's superuser a password", e);
        }
    }

    private void writeHba() {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA);
        } catch (IOException e) {
            throw new IllegalStateException("Could not write pg_hba.conf of the embedded PostgreSQL", e);
        }
    }

    void deletePasswordFile() {
        try {
            if (passwordFile != null) Files.deleteIfExists(passwordFile);
        } catch (IOException e) {
            log.warn("Could not delete the temporary password file of initdb");
        }
    }
}
