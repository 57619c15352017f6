package nl.voordeur.access;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The principal of every request, fresh and cheap. Each request reads one indexed row, the
 * account's security stamp (for a bearer token, in the same statement as the token), and takes
 * the principal from this instance's cache when its stamp is the same; else it loads the account,
 * organisation kind and role grants in one statement. The stamp changes by database trigger on
 * every change of what an account may do (see access V5), so a role taken away takes effect on the
 * next request on every instance, and no instance serves a principal older than the database.
 */
@Component
class Principals {

    /** Accounts are few (staff, not residents): one entry per account that logged in on this instance. */
    private final Map<UUID, CurrentUser> cache = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final Clock clock;

    Principals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record TokenHolder(UUID userId, boolean twoFactor, long securityStamp) {
    }

    /** The holder of a token that exists, has not expired and was issued under the account's present stamp. */
    Optional<CurrentUser> byTokenHash(String tokenHash) {
        return jdbc.sql("""
                        SELECT t.user_id, t.two_factor, u.security_stamp FROM access.api_token t
                        JOIN access.user_account u ON u.id = t.user_id
                        WHERE t.token_hash = :h AND t.expires_at > :now AND t.security_stamp = u.security_stamp""")
                .param("h", tokenHash).param("now", Timestamp.from(Instant.now(clock)))
                .query(TokenHolder.class).optional()
                .flatMap(h -> principal(h.userId(), h.securityStamp()).map(u -> h.twoFactor() ? u.withSecondFactor() : u));
    }

    /** The account as it is now, with the login's second factor carried over; empty when it is gone. */
    Optional<CurrentUser> refresh(CurrentUser loggedIn) {
        return jdbc.sql("SELECT security_stamp FROM access.user_account WHERE id = :id").param("id", loggedIn.id())
                .query(Long.class).optional()
                .flatMap(stamp -> principal(loggedIn.id(), stamp))
                .map(u -> loggedIn.passedSecondFactor() ? u.withSecondFactor() : u);
    }

    private Optional<CurrentUser> principal(UUID userId, long stamp) {
        CurrentUser cached = cache.get(userId);
        if (cached != null && cached.securityStamp() == stamp) return Optional.of(cached);
        Optional<CurrentUser> loaded = load(userId);
        loaded.ifPresentOrElse(u -> cache.put(userId, u), () -> cache.remove(userId));
        return loaded;
    }

    /** Account, organisation kind and role grants in one statement. */
    Optional<CurrentUser> load(UUID userId) {
        return jdbc.sql("""
                        SELECT u.id, u.username, u.display_name, u.organisation_id, o.kind, u.specialism, u.enabled,
                               u.security_stamp,
                               ARRAY(SELECT g.role || ':' || coalesce(g.programme_id::text, '') FROM access.role_grant g
                                     WHERE g.user_id = u.id) AS grants
                        FROM access.user_account u JOIN access.organisation o ON o.id = u.organisation_id
                        WHERE u.id = :id""")
                .param("id", userId)
                .query((rs, n) -> new CurrentUser(rs.getObject("id", UUID.class), rs.getString("username"),
                        rs.getString("display_name"), rs.getObject("organisation_id", UUID.class),
                        OrganisationKind.valueOf(rs.getString("kind")),
                        rs.getString("specialism") == null ? null : Specialism.valueOf(rs.getString("specialism")),
                        grants((String[]) rs.getArray("grants").getArray()), rs.getBoolean("enabled"),
                        rs.getLong("security_stamp")))
                .optional();
    }

    private static Set<RoleGrant> grants(String[] texts) {
        Set<RoleGrant> grants = new HashSet<>();
        for (String text : texts) {
            int colon = text.indexOf(':');
            String programme = text.substring(colon + 1);
            grants.add(new RoleGrant(Role.valueOf(text.substring(0, colon)), programme.isEmpty() ? null : UUID.fromString(programme)));
        }
        return Set.copyOf(grants);
    }

    /** For tests: how many accounts this instance holds. */
    int cached() {
        return cache.size();
    }
}
