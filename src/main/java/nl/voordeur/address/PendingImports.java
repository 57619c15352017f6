package nl.voordeur.address;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.NotFound;

/**
 * Uploaded lists waiting for the coordinator who uploaded them to confirm the preview; kept for a
 * day at most. Runs inside the caller's transaction.
 */
@Component
class PendingImports {

    private final JdbcClient jdbc;
    private final Clock clock;

    PendingImports(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    UUID keep(UUID programmeId, UUID userId, byte[] content) {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("DELETE FROM address.pending_import WHERE created_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        jdbc.sql("INSERT INTO address.pending_import (id, programme_id, user_id, created_at, content) VALUES (?,?,?,?,?)")
                .params(id, programmeId, userId, Timestamp.from(now), content).update();
        return id;
    }

    byte[] content(UUID id, UUID programmeId, UUID userId) {
        return jdbc.sql("SELECT content FROM address.pending_import WHERE id = ? AND programme_id = ? AND user_id = ?")
                .params(id, programmeId, userId).query(byte[].class).optional()
                .orElseThrow(() -> new NotFound("PendingImport"));
    }

    void remove(UUID id) {
        jdbc.sql("DELETE FROM address.pending_import WHERE id = ?").param(id).update();
    }
}
