package nl.voordeur.audit;

import java.time.Instant;
import java.util.UUID;

/** Filter for the audit log: whose file, which user, which period. All parts optional. */
public record AuditQuery(UUID personId, UUID userId, Instant from, Instant to) {
}
