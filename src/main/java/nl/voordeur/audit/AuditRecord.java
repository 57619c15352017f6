package nl.voordeur.audit;

import java.util.Collection;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What to write into the audit log: the action on a record, whose record it is, and why.
 * Build one with {@link #of(AuditAction, String, Object)} and add the optional parts.
 */
public record AuditRecord(
        AuditAction action,
        String recordType,
        String recordId,
        UUID personId,
        UUID programmeId,
        String purpose,
        String reason,
        boolean breakGlass,
        boolean denied,
        String details) {

    public static AuditRecord of(AuditAction action, String recordType, Object recordId) {
        return new AuditRecord(action, recordType, recordId == null ? null : recordId.toString(),
                null, null, null, null, false, false, null);
    }

    /** A list view: one entry naming every record shown. */
    public static AuditRecord list(String recordType, Collection<?> shownIds) {
        String ids = shownIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return of(AuditAction.LIST, recordType, null).withDetails("shown=" + ids);
    }

    public AuditRecord forPerson(UUID person) {
        return new AuditRecord(action, recordType, recordId, person, programmeId, purpose, reason, breakGlass, denied, details);
    }

    public AuditRecord inProgramme(UUID programme) {
        return new AuditRecord(action, recordType, recordId, personId, programme, purpose, reason, breakGlass, denied, details);
    }

    public AuditRecord because(String why) {
        return new AuditRecord(action, recordType, recordId, personId, programmeId, why, reason, breakGlass, denied, details);
    }

    public AuditRecord breakingGlass(String emergencyReason) {
        return new AuditRecord(action, recordType, recordId, personId, programmeId, purpose, emergencyReason, true, denied, details);
    }

    public AuditRecord refused() {
        return new AuditRecord(action, recordType, recordId, personId, programmeId, purpose, reason, breakGlass, true, details);
    }

    public AuditRecord withDetails(String text) {
        return new AuditRecord(action, recordType, recordId, personId, programmeId, purpose, reason, breakGlass, denied, text);
    }
}
