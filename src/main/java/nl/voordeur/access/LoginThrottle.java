package nl.voordeur.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account name and per client address in the database, so that all
 * app instances share the count. Past the limit every further try waits twice as long, up to
 * a maximum; the account itself is never locked, so nobody can lock another person out for good.
 */
@Component
class LoginThrottle {

    private final JdbcClient jdbc;
    private final AccessProperties.Throttle settings;
    private final Clock clock;

    LoginThrottle(JdbcClient jdbc, AccessProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.settings = properties.throttle();
        this.clock = clock;
    }

    boolean isBlocked(String username, String address) {
        Instant now = Instant.now(clock);
        return blockedUntil(userKey(username)).isAfter(now) || blockedUntil(addressKey(address)).isAfter(now);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String address) {
        bump(userKey(username), settings.maxFailures());
        bump(addressKey(address), settings.maxFailuresPerAddress());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username) {
        jdbc.sql("DELETE FROM access.login_throttle WHERE key = :k").param("k", userKey(username)).update();
    }

    private void bump(String key, int limit) {
        Instant now = Instant.now(clock);
        int failures = jdbc.sql("""
                INSERT INTO access.login_throttle (key, failures, last_failure) VALUES (:k, 1, :now)
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN access.login_throttle.last_failure < :forget THEN 1
                                    ELSE access.login_throttle.failures + 1 END,
                    last_failure = :now
                RETURNING failures
                """)
                .param("k", key).param("now", Timestamp.from(now))
                .param("forget", Timestamp.from(now.minus(Duration.ofHours(24))))
                .query(Integer.class).single();
        if (failures >= limit) {
            Duration delay = delay(failures - limit);
            jdbc.sql("UPDATE access.login_throttle SET blocked_until = :until WHERE key = :k")
                    .param("until", Timestamp.from(now.plus(delay))).param("k", key).update();
        }
    }

    private Duration delay(int beyondLimit) {
        Duration delay = settings.baseDelay().multipliedBy(1L << Math.min(beyondLimit, 20));
        return delay.compareTo(settings.maxDelay()) > 0 ? settings.maxDelay() : delay;
    }

    private Instant blockedUntil(String key) {
        return jdbc.sql("SELECT coalesce(blocked_until, 'epoch'::timestamptz) FROM access.login_throttle WHERE key = :k")
                .param("k", key).query(Timestamp.class).optional()
                .map(Timestamp::toInstant).orElse(Instant.EPOCH);
    }

    /**
     * The count's key for an account name. No account name is longer than 64 characters, so a longer
     * one is counted by its first 128: an index entry has a size limit, and the name comes unchecked.
     */
    private static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "user:" + (name.length() > 128 ? name.substring(0, 128) : name);
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }
}
