package nl.voordeur.config.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.voordeur.config.EmbeddedPostgresServer;
import nl.voordeur.shared.DutchZone;
import nl.voordeur.shared.JobLog;

/**
 * The scheduled backup, off unless {@code voordeur.backup.cron} is set: every instance triggers it,
 * ShedLock lets one run. It writes {@code voordeur-YYYYMMDD-HHMMSS.vdbackup} into
 * {@code voordeur.backup.directory}, keeps the newest {@code voordeur.backup.keep} of them and
 * records what it did in the job log ({@code job_run}).
 */
@Component
public class ScheduledBackup {

    public static final String JOB = "backup";
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackup.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'voordeur-'yyyyMMdd-HHmmss'.vdbackup'");

    private final Environment environment;
    private final ObjectProvider<EmbeddedPostgresServer> embedded;
    private final JobLog jobLog;
    private final Clock clock;
    private final Path directory;
    private final int keep;

    ScheduledBackup(Environment environment, ObjectProvider<EmbeddedPostgresServer> embedded, JobLog jobLog, Clock clock,
                    BackupProperties properties) {
        this.environment = environment;
        this.embedded = embedded;
        this.jobLog = jobLog;
        this.clock = clock;
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.keep = properties.keep();
    }

    @Scheduled(cron = "${voordeur.backup.cron:-}", zone = DutchZone.ID)
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT1M", lockAtMostFor = "PT6H")
    public void run() {
        try {
            Backups backups = new Backups(BackupSettings.from(environment), embedded.getIfAvailable(),
                    environment.getProperty("voordeur.api.version", "unknown"));
            Backups.Outcome outcome = backups.backup(directory.resolve(LocalDateTime.now(clock).format(NAME)));
            int removed = pruneToNewest();
            jobLog.record(JOB, String.format("written %s, %.1f MB in %.1f s; kept %d, removed %d",
                    outcome.file().getFileName(), outcome.bytes() / 1e6, outcome.took().toMillis() / 1000.0,
                    Math.min(keep, backups().size()), removed));
        } catch (IOException | RuntimeException e) {
            log.error("Scheduled backup failed: {}", e.getMessage());
            jobLog.record(JOB, "failed: " + e.getMessage());
        }
    }

    private int pruneToNewest() throws IOException {
        List<Path> all = backups();
        int removed = 0;
        for (Path old : all.subList(0, Math.max(0, all.size() - keep))) {
            Files.delete(old);
            removed++;
        }
        return removed;
    }

    /** The scheduled backups in the directory, oldest first (their names sort by time). */
    private List<Path> backups() throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.filter(p -> p.getFileName().toString().matches("voordeur-\\d{8}-\\d{6}\\.vdbackup")).sorted().toList();
        }
    }
}
