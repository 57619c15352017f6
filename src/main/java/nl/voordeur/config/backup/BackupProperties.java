package nl.voordeur.config.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings under {@code voordeur.backup} for the scheduled backup: where it writes and how many it
 * keeps ({@code cron} is read by {@link ScheduledBackup}'s schedule). The key and the client tools
 * are read by {@link BackupSettings}, which the backup command shares without an application context.
 */
@Validated
@ConfigurationProperties("voordeur.backup")
public record BackupProperties(@NotNull @DefaultValue("backups") Path directory, @Min(1) @DefaultValue("7") int keep) {
}
