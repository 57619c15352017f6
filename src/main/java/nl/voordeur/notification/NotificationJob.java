package nl.voordeur.notification;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.voordeur.shared.DutchZone;
import nl.voordeur.shared.JobLog;

/**
 * Every minute: new events into the outbox, then what waits for users who want it at once. Every
 * morning at seven: the daily digests. Every instance triggers them; ShedLock lets one run, and the
 * outbox's unique key keeps each notification single even so.
 */
@Component
class NotificationJob {

    static final String JOB = "notifications";
    static final String DIGEST_JOB = "notification-digest";

    private final Notifications notifications;
    private final JobLog jobLog;

    NotificationJob(Notifications notifications, JobLog jobLog) {
        this.notifications = notifications;
        this.jobLog = jobLog;
    }

    @Scheduled(fixedDelayString = "${voordeur.notification.interval:PT1M}", initialDelayString = "PT30S")
    @SchedulerLock(name = JOB, lockAtMostFor = "PT10M")
    public void run() {
        int added = notifications.collect();
        int sent = notifications.deliverImmediate();
        if (added > 0 || sent > 0) jobLog.record(JOB, "collected=" + added + ", sent=" + sent);
    }

    @Scheduled(cron = "${voordeur.notification.digest-cron:0 0 7 * * *}", zone = DutchZone.ID)
    @SchedulerLock(name = DIGEST_JOB, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void digests() {
        notifications.collect();
        jobLog.record(DIGEST_JOB, "digests sent=" + notifications.deliverDigests());
    }
}
