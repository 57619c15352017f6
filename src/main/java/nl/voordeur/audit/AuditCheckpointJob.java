package nl.voordeur.audit;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import nl.voordeur.shared.DutchZone;

/**
 * Writes an audit checkpoint every minute ({@code voordeur.audit.checkpoint-cron}), once across
 * the instances that share the database (the lock is the row "audit-checkpoint" in
 * {@code shedlock}). Entries deleted before the next checkpoint goes out are the window this
 * leaves; the shutdown checkpoint closes it when the application stops.
 */
@Component
class AuditCheckpointJob {

    private final AuditCheckpoints checkpoints;

    AuditCheckpointJob(AuditCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(cron = "${voordeur.audit.checkpoint-cron:0 * * * * *}", zone = DutchZone.ID)
    @SchedulerLock(name = "audit-checkpoint", lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void checkpoint() {
        checkpoints.write();
    }
}
