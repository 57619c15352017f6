package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The store of emergency grants: who opened which household's file, why, and until when. */
@Component
class BreakGlassGrants {

    private final JdbcClient jdbc;

    BreakGlassGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID householdId, UUID programmeId, UUID userId, BreakGlassGround ground, String reason,
                Instant at, Instant until) {
        jdbc.sql("""
                INSERT INTO household.break_glass (id, household_id, programme_id, user_id, ground, reason, granted_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, householdId, programmeId, userId, ground.name(), reason, Timestamp.from(at), Timestamp.from(until))
                .update();
    }

    /** The user's grant on the household that is still running at this moment, the latest first. */
    Optional<Active> active(UUID householdId, UUID userId, Instant now) {
        return jdbc.sql("""
                SELECT coalesce(ground || ': ', '') || reason, expires_at FROM household.break_glass
                WHERE household_id = ? AND user_id = ? AND granted_at <= ? AND expires_at > ?
                ORDER BY expires_at DESC LIMIT 1""")
                .params(householdId, userId, Timestamp.from(now), Timestamp.from(now))
                .query((rs, n) -> new Active(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** Grants nobody reviewed yet, in these programmes (null: in every programme). */
    List<BreakGlassView> unreviewed(List<UUID> programmeIds) {
        if (programmeIds != null && programmeIds.isEmpty()) return List.of();
        return jdbc.sql("""
                SELECT id, programme_id, household_id, user_id, NULL AS user_name, ground, reason, granted_at, expires_at
                FROM household.break_glass
                WHERE reviewed_at IS NULL AND (:all OR programme_id = ANY(:programmes)) ORDER BY granted_at""")
                .param("all", programmeIds == null)
                .param("programmes", (programmeIds == null ? List.<UUID>of() : programmeIds).toArray(UUID[]::new))
                .query(BreakGlassView.class).list();
    }

    Optional<UUID> programmeOf(UUID grantId) {
        return jdbc.sql("SELECT programme_id FROM household.break_glass WHERE id = ?").param(grantId)
                .query(UUID.class).optional();
    }

    boolean markReviewed(UUID grantId, UUID reviewer, Instant at) {
        return jdbc.sql("UPDATE household.break_glass SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL")
                .params(reviewer, Timestamp.from(at), grantId).update() == 1;
    }

    record Active(String reason, Instant expiresAt) {
    }
}
