package nl.voordeur.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.voordeur.access.AsSystem;
import nl.voordeur.shared.DutchZone;

/**
 * The daily retention run. With several instances on one database, ShedLock lets one of them run
 * it (the lock is the row "retention" in {@code shedlock}); should two runs still overlap, the
 * work itself is idempotent (see {@link RetentionWork}).
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final Retention retention;

    RetentionJob(Retention retention) {
        this.retention = retention;
    }

    @Scheduled(cron = "${voordeur.retention.cron:0 30 2 * * *}", zone = DutchZone.ID)
    @SchedulerLock(name = "retention", lockAtMostFor = "PT6H", lockAtLeastFor = "PT1M")
    public void daily() {
        RetentionRun run = AsSystem.call(retention::runScheduled);
        log.info("retention run {} finished: {} records", run.id(), run.total());
    }
}
