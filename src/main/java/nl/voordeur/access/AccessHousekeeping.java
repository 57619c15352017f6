package nl.voordeur.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.voordeur.shared.JobLog;

/**
 * Hourly: deletes expired API tokens and login-throttle rows that no longer block or count
 * (failures are forgotten after 24 hours). Every instance triggers it; ShedLock lets one run
 * and holds the lock for at least five minutes, so a slower instance's trigger at the same
 * moment is skipped. What it did goes to {@code job_run}.
 */
@Component
public class AccessHousekeeping {

    public static final String JOB = "access-housekeeping";
    private static final Duration FORGET_FAILURES_AFTER = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final JobLog jobLog;
    private final Clock clock;

    AccessHousekeeping(JdbcClient jdbc, JobLog jobLog, Clock clock) {
        this.jdbc = jdbc;
        this.jobLog = jobLog;
        this.clock = clock;
    }

    @Scheduled(cron = "${voordeur.access.housekeeping-cron:0 17 * * * *}")
    @SchedulerLock(name = JOB, lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void run() {
        Instant now = Instant.now(clock);
        int tokens = jdbc.sql("DELETE FROM access.api_token WHERE expires_at < :now")
                .param("now", Timestamp.from(now)).update();
        int throttles = jdbc.sql("""
                DELETE FROM access.login_throttle
                WHERE last_failure < :forget AND (blocked_until IS NULL OR blocked_until < :now)
                """)
                .param("forget", Timestamp.from(now.minus(FORGET_FAILURES_AFTER)))
                .param("now", Timestamp.from(now)).update();
        jobLog.record(JOB, "expired tokens deleted=" + tokens + ", stale throttle rows deleted=" + throttles);
    }
}
