package nl.voordeur.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code access.two_factor} table: encrypted secrets and the last code step each user used. */
@Component
class TwoFactorStore {

    record Enrolment(String secret, long lastUsedStep, Instant enrolledAt) {
    }

    private final JdbcClient jdbc;
    private final SecretCipher cipher;

    TwoFactorStore(JdbcClient jdbc, SecretCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    boolean enrolled(UUID userId) {
        return jdbc.sql("SELECT count(*) > 0 FROM access.two_factor WHERE user_id = :u")
                .param("u", userId).query(Boolean.class).single();
    }

    Optional<Enrolment> find(UUID userId) {
        return jdbc.sql("SELECT secret_encrypted, last_used_step, enrolled_at FROM access.two_factor WHERE user_id = :u")
                .param("u", userId)
                .query((rs, n) -> new Enrolment(cipher.decrypt(rs.getString(1), userId.toString()), rs.getLong(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Replaces any earlier enrolment of the user. */
    void save(UUID userId, String secret, long usedStep, Instant now) {
        jdbc.sql("""
                INSERT INTO access.two_factor (user_id, secret_encrypted, enrolled_at, last_used_step)
                VALUES (:u, :s, :at, :step)
                ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = :s, enrolled_at = :at, last_used_step = :step
                """)
                .param("u", userId).param("s", cipher.encrypt(secret, userId.toString()))
                .param("at", Timestamp.from(now)).param("step", usedStep).update();
    }

    /** Marks the step used; false when it (or a later one) was used already, also by a concurrent login. */
    boolean claim(UUID userId, long step) {
        return jdbc.sql("UPDATE access.two_factor SET last_used_step = :step WHERE user_id = :u AND last_used_step < :step")
                .param("u", userId).param("step", step).update() == 1;
    }

    boolean delete(UUID userId) {
        return jdbc.sql("DELETE FROM access.two_factor WHERE user_id = :u").param("u", userId).update() == 1;
    }
}
