package nl.voordeur.access;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import jakarta.servlet.http.HttpSession;

/** Where an offered, not yet confirmed two-factor secret waits (always encrypted): the session, or a table for the API. */
interface OfferHolder {

    String sealed();

    void keep(String sealed);

    void clear();

    static OfferHolder session(HttpSession session) {
        String key = OfferHolder.class.getName();
        return new OfferHolder() {
            public String sealed() { return session.getAttribute(key) instanceof String s ? s : null; }
            public void keep(String sealed) { session.setAttribute(key, sealed); }
            public void clear() { session.removeAttribute(key); }
        };
    }

    static OfferHolder table(JdbcClient jdbc, UUID userId, Instant now) {
        return new OfferHolder() {
            public String sealed() {
                return jdbc.sql("SELECT secret_encrypted FROM access.two_factor_offer WHERE user_id = :u "
                                + "AND offered_at > :since")
                        .param("u", userId).param("since", Timestamp.from(now.minusSeconds(900)))
                        .query(String.class).optional().orElse(null);
            }
            public void keep(String sealed) {
                jdbc.sql("""
                        INSERT INTO access.two_factor_offer (user_id, secret_encrypted, offered_at) VALUES (:u, :s, :at)
                        ON CONFLICT (user_id) DO UPDATE SET secret_encrypted = :s, offered_at = :at""")
                        .param("u", userId).param("s", sealed).param("at", Timestamp.from(now)).update();
            }
            public void clear() {
                jdbc.sql("DELETE FROM access.two_factor_offer WHERE user_id = :u").param("u", userId).update();
            }
        };
    }
}
