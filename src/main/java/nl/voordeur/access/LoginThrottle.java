package nl.voordeur.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;

/**
 * Counts failed logins in the database, so that all app instances share the count: per account
 * name and client address together, and per address. Past the limit every further try of that
 * pair (or address) waits twice as long, up to a maximum; a wrong password typed elsewhere never
 * blocks the rightful user at their own address. Only a clear attack, at least
 * {@code lockFailures} failures from at least {@code lockAddresses} addresses within 24 hours,
 * locks the account name itself, until an administrator lifts the lock.
 */
@Component
class LoginThrottle {

    private static final Duration FORGET_AFTER = Duration.ofHours(24);

    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final JdbcClient jdbc;
    private final AccessProperties.Throttle settings;
    private final Clock clock;
    private final AuditLog auditLog;
    private final UserAccountRepository users;

    LoginThrottle(JdbcClient jdbc, AccessProperties properties, Clock clock, AuditLog auditLog,
                  UserAccountRepository users) {
        this.jdbc = jdbc;
        this.settings = properties.throttle();
        this.clock = clock;
        this.auditLog = auditLog;
        this.users = users;
    }

    /** A lock that a failure has just set: how many failures from how many addresses caused it. */
    record Lock(int failures, int addresses) {
    }

    /** Whether this account name is locked hard (no password helps until an administrator unlocks it). */
    boolean isLocked(String username) {
        return jdbc.sql("SELECT count(*) FROM access.account_lock WHERE account = :a").param("a", account(username))
                .query(Long.class).single() > 0;
    }

    /** Every locked account name, for the administrator's user list. */
    Set<String> lockedAccounts() {
        return Set.copyOf(jdbc.sql("SELECT account FROM access.account_lock").query(String.class).list());
    }

    boolean isBlocked(String username, String address) {
        Instant now = Instant.now(clock);
        return blockedUntil(pairKey(username, address)).isAfter(now) || blockedUntil(addressKey(address)).isAfter(now);
    }

    /** Counts the failure; one that completes a clear attack on the account name locks it (see {@link #locked}). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordFailure(String username, String address) {
        bump(pairKey(username, address), account(username), settings.maxFailures());
        bump(addressKey(address), null, settings.maxFailuresPerAddress());
        lockIfAttacked(account(username)).ifPresent(lock -> locked(username, lock));
    }

    /**
     * The administrators are told: an audit entry on the account and a warning in the log (its id,
     * never the name), and the lock shows on the user list and the user's page with the button that
     * lifts it.
     */
    private void locked(String username, Lock lock) {
        String recordId = users.findByUsername(username).map(u -> u.id().toString()).orElse(null);
        LOG.warn("Account {} locked after {} failed logins from {} addresses within 24 hours",
                recordId == null ? "(unknown name)" : recordId, lock.failures(), lock.addresses());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", recordId)
                .withDetails("account locked after " + lock.failures() + " failed logins from " + lock.addresses()
                        + " addresses; an administrator must unlock it"), Optional.empty());
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void recordSuccess(String username, String address) {
        jdbc.sql("DELETE FROM access.login_throttle WHERE key = :k").param("k", pairKey(username, address)).update();
    }

    /** Lifts the lock and forgets the failures that caused it; false when the name was not locked. */
    @Transactional
    boolean unlock(String username) {
        jdbc.sql("DELETE FROM access.login_throttle WHERE account = :a").param("a", account(username)).update();
        return jdbc.sql("DELETE FROM access.account_lock WHERE account = :a").param("a", account(username)).update() > 0;
    }

    private Optional<Lock> lockIfAttacked(String account) {
        Instant now = Instant.now(clock);
        Lock seen = jdbc.sql("""
                        SELECT coalesce(sum(failures), 0) AS failures, count(*) AS addresses FROM access.login_throttle
                        WHERE account = :a AND last_failure >= :since""")
                .param("a", account).param("since", Timestamp.from(now.minus(FORGET_AFTER)))
                .query((rs, n) -> new Lock(rs.getInt("failures"), rs.getInt("addresses"))).single();
        if (seen.failures() < settings.lockFailures() || seen.addresses() < settings.lockAddresses()) return Optional.empty();
        int inserted = jdbc.sql("""
                        INSERT INTO access.account_lock (account, locked_at, failures, addresses) VALUES (:a, :now, :f, :n)
                        ON CONFLICT (account) DO NOTHING""")
                .param("a", account).param("now", Timestamp.from(now)).param("f", seen.failures())
                .param("n", seen.addresses()).update();
        return inserted > 0 ? Optional.of(seen) : Optional.empty();
    }

    private void bump(String key, String account, int limit) {
        Instant now = Instant.now(clock);
        int failures = jdbc.sql("""
                INSERT INTO access.login_throttle (key, failures, last_failure, account) VALUES (:k, 1, :now, :a)
                ON CONFLICT (key) DO UPDATE SET
                    failures = CASE WHEN access.login_throttle.last_failure < :forget THEN 1
                                    ELSE access.login_throttle.failures + 1 END,
                    last_failure = :now
                RETURNING failures
                """)
                .param("k", key).param("now", Timestamp.from(now)).param("a", account)
                .param("forget", Timestamp.from(now.minus(FORGET_AFTER)))
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
     * The account name as counted. No account name is longer than 64 characters, so a longer one is
     * counted by its first 128: an index entry has a size limit, and the name comes unchecked.
     */
    static String account(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return name.length() > 128 ? name.substring(0, 128) : name;
    }

    private static String pairKey(String username, String address) {
        return "pair:" + account(username) + "|" + (address == null ? "unknown" : address);
    }

    private static String addressKey(String address) {
        return "addr:" + (address == null ? "unknown" : address);
    }
}
