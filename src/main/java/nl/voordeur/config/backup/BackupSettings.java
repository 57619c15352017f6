package nl.voordeur.config.backup;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.core.env.Environment;

/**
 * What a backup or restore reads from the application's configuration (the same properties and
 * environment variables as the application, so the command finds what the running app uses):
 * the key, the database, the client tools, and the files the app keeps outside the database.
 */
record BackupSettings(String key, String embeddedDataDirectory, String datasourceUrl, String user, String password,
                      String pgDump, String pgRestore, String twoFactorKeyFile, String auditKeyFile,
                      String checkpointDirectory) {

    static BackupSettings from(Environment env) {
        String flywayUser = env.getProperty("spring.flyway.user", "");
        boolean owner = !flywayUser.isBlank();
        return new BackupSettings(
                env.getProperty("voordeur.backup.key", ""),
                env.getProperty("voordeur.database.embedded.data-directory", "data/pg"),
                env.getProperty("spring.datasource.url", ""),
                owner ? flywayUser : env.getProperty("spring.datasource.username", ""),
                owner ? env.getProperty("spring.flyway.password", "") : env.getProperty("spring.datasource.password", ""),
                env.getProperty("voordeur.backup.pg-dump", "pg_dump"),
                env.getProperty("voordeur.backup.pg-restore", "pg_restore"),
                env.getProperty("voordeur.access.two-factor.key-file", ""),
                env.getProperty("voordeur.audit.key-file", ""),
                env.getProperty("voordeur.audit.checkpoint-directory", ""));
    }

    boolean embedded() {
        return datasourceUrl.isBlank();
    }

    Path dataDirectory() {
        return Path.of(embeddedDataDirectory).toAbsolutePath().normalize();
    }

    ServerDatabase server() {
        return ServerDatabase.of(datasourceUrl, user, password, pgDump, pgRestore);
    }

    /** The files kept outside the database, by their name in a backup; blank settings are left out. */
    Optional<Path> twoFactorKey() {
        return path(twoFactorKeyFile);
    }

    Optional<Path> auditKey() {
        return path(auditKeyFile);
    }

    Optional<Path> checkpoints() {
        return path(checkpointDirectory);
    }

    private static Optional<Path> path(String setting) {
        return setting.isBlank() ? Optional.empty() : Optional.of(Path.of(setting).toAbsolutePath().normalize());
    }

    @Override
    public String toString() {
        return "BackupSettings[key=" + (key.isBlank() ? "" : "(set)") + ", embedded=" + embeddedDataDirectory
                + ", url=" + datasourceUrl + "]";
    }
}
