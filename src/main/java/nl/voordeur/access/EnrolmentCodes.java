package nl.voordeur.access;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time codes with which a user enrols their first authenticator while two-factor is enforced
 * (access V8): an administrator issues one, it is shown once, only its SHA-256 is stored, it
 * expires after three days and is used up by the enrolment it allows. A new code replaces the old.
 */
@Component
class EnrolmentCodes {

    static final Duration VALID_FOR = Duration.ofDays(3);
    /** No 0/O, 1/I/L: read aloud or typed over from a note. */
    private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    EnrolmentCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record Issued(String code, Instant expiresAt) {
    }

    Issued issue(UUID userId, UUID issuedBy) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) code.append('-');
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        Instant now = Instant.now(clock);
        Instant expiresAt = now.plus(VALID_FOR);
        jdbc.sql("""
                        INSERT INTO access.enrolment_code (user_id, code_hash, issued_by, issued_at, expires_at)
                        VALUES (:u, :h, :by, :at, :until)
                        ON CONFLICT (user_id) DO UPDATE SET code_hash = :h, issued_by = :by, issued_at = :at, expires_at = :until""")
                .param("u", userId).param("h", ApiTokens.hash(normalised(code.toString()))).param("by", issuedBy)
                .param("at", Timestamp.from(now)).param("until", Timestamp.from(expiresAt)).update();
        return new Issued(code.toString(), expiresAt);
    }

    /** Uses the code up when it is this user's and has not expired; false otherwise. */
    boolean consume(UUID userId, String code) {
        if (code == null || code.isBlank()) return false;
        return jdbc.sql("DELETE FROM access.enrolment_code WHERE user_id = :u AND code_hash = :h AND expires_at > :now")
                .param("u", userId).param("h", ApiTokens.hash(normalised(code)))
                .param("now", Timestamp.from(Instant.now(clock))).update() > 0;
    }

    /** Upper case, without the dashes and spaces that group it for reading. */
    private static String normalised(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }
}
