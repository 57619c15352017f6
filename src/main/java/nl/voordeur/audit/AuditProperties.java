package nl.voordeur.audit;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings under {@code voordeur.audit}: what keeps the audit log tamper-evident outside the
 * database.
 *
 * @param key                 the chain's HMAC key, base64 (at least 32 bytes), e.g. from a secret store;
 *                            when blank, the key in {@code keyFile} is used
 * @param keyFile             the key file, created with permissions 600 on first start; blank (the tests) means
 *                            a random key held in memory for this JVM only
 * @param checkpointDirectory where the signed checkpoints of each lane's head are appended, one file per
 *                            day; blank (the tests) means in memory for this JVM only
 * @param checkpointCron      when a checkpoint is written (a cron in Dutch time; {@code -} switches the
 *                            schedule off; a checkpoint is also written at every start and shutdown)
 */
@Validated
@ConfigurationProperties("voordeur.audit")
public record AuditProperties(
        @DefaultValue("") @NotNull String key,
        @DefaultValue("data/audit.key") @NotNull String keyFile,
        @DefaultValue("data/audit-checkpoints") @NotNull String checkpointDirectory,
        @DefaultValue("0 * * * * *") @NotBlank String checkpointCron) {

    /** Never shows the key. */
    @Override
    public String toString() {
        return "AuditProperties[key=" + (key.isBlank() ? "" : "(set)") + ", keyFile=" + keyFile
                + ", checkpointDirectory=" + checkpointDirectory + ", checkpointCron=" + checkpointCron + "]";
    }

    /**
     * The key file, unless the key is configured directly or held in memory. A restored database
     * verifies only with it: back it up (encrypted) with the database, and keep it from the DBA.
     */
    public Optional<Path> keyPath() {
        return key.isBlank() && !keyFile.isBlank() ? Optional.of(Path.of(keyFile).toAbsolutePath()) : Optional.empty();
    }

    /** The checkpoint directory, unless checkpoints are held in memory. Back it up with the database. */
    public Optional<Path> checkpointPath() {
        return checkpointDirectory.isBlank() ? Optional.empty() : Optional.of(Path.of(checkpointDirectory).toAbsolutePath());
    }
}
