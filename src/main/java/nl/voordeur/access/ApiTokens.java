package nl.voordeur.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API: random, stored only as a SHA-256 hash, expiring, and bound to the
 * account's security stamp at issue (access V6): any change of what the account may do ends them.
 */
@Component
class ApiTokens {

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Principals principals;
    private final TwoFactorPolicy twoFactor;
    private final AccessProperties properties;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Principals principals, TwoFactorPolicy twoFactor, AccessProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.principals = principals;
        this.twoFactor = twoFactor;
        this.properties = properties;
        this.clock = clock;
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    @Transactional
    IssuedToken issue(UUID userId, boolean twoFactor) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(properties.tokenTtl());
        jdbc.sql("DELETE FROM access.api_token WHERE expires_at < :now").param("now", Timestamp.from(now)).update();
        jdbc.sql("INSERT INTO access.api_token (token_hash, user_id, issued_at, expires_at, two_factor, security_stamp) "
                        + "SELECT :h, :u, :i, :e, :mfa, security_stamp FROM access.user_account WHERE id = :u")
                .param("h", hash(token)).param("u", userId).param("mfa", twoFactor)
                .param("i", Timestamp.from(now)).param("e", Timestamp.from(expiresAt))
                .update();
        return new IssuedToken(token, expiresAt);
    }

    /**
     * The enabled user the token belongs to, with the roles they hold now, if the token exists and
     * has not expired; a token issued without a second factor no longer counts once two-factor is
     * required for its user.
     */
    Optional<CurrentUser> authenticate(String token) {
        return principals.byTokenHash(hash(token))
                .filter(CurrentUser::isEnabled)
                .filter(u -> u.passedSecondFactor() || !twoFactor.requiredFor(u));
    }

    /** Ends one token of this user (the one presented); false when it was not theirs or is gone already. */
    @Transactional
    boolean revoke(String token, UUID userId) {
        return jdbc.sql("DELETE FROM access.api_token WHERE token_hash = :h AND user_id = :u")
                .param("h", hash(token)).param("u", userId).update() > 0;
    }

    /**
     * After a change the user made to their own rights (a coordinator who creates a programme becomes
     * its coordinator), the tokens that were valid before stay valid: they hold the new stamp.
     */
    @Transactional
    void carryForward(UUID userId, long stampBefore) {
        jdbc.sql("""
                        UPDATE access.api_token t SET security_stamp = u.security_stamp FROM access.user_account u
                        WHERE u.id = t.user_id AND t.user_id = :u AND t.security_stamp = :before""")
                .param("u", userId).param("before", stampBefore).update();
    }

    long stamp(UUID userId) {
        return jdbc.sql("SELECT security_stamp FROM access.user_account WHERE id = :u").param("u", userId)
                .query(Long.class).optional().orElse(-1L);
    }

    @Transactional
    void revokeAll(UUID userId) {
        jdbc.sql("DELETE FROM access.api_token WHERE user_id = :u").param("u", userId).update();
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
