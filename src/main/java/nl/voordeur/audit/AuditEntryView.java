package nl.voordeur.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as the privacy officer sees it. */
public record AuditEntryView(
        long id,
        Instant at,
        UUID userId,
        String username,
        UUID organisationId,
        String roles,
        String action,
        String outcome,
        String recordType,
        String recordId,
        UUID personId,
        String purpose,
        String reason,
        boolean breakGlass,
        String channel,
        String clientAddress) {
}
