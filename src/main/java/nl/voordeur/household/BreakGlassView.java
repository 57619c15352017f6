package nl.voordeur.household;

import java.time.Instant;
import java.util.UUID;

/** An emergency grant as the privacy officer reviews it (no case content, only who, where, why, when). */
public record BreakGlassView(UUID id, UUID programmeId, UUID householdId, UUID userId, String userName,
                             BreakGlassGround ground, String reason, Instant grantedAt, Instant expiresAt) {

    BreakGlassView named(String name) {
        return new BreakGlassView(id, programmeId, householdId, userId, name, ground, reason, grantedAt, expiresAt);
    }
}
