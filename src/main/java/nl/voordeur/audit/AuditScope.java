package nl.voordeur.audit;

import java.util.Set;
import java.util.UUID;

/**
 * Which part of the audit log a privacy officer may search: everything (a privacy officer for
 * the whole installation), or the programmes they are the privacy officer of. Within those
 * programmes they see the entries recorded for the programme, and the entries without a
 * programme (logins, refused requests, account changes) of the people who work in it.
 */
public record AuditScope(boolean everything, Set<UUID> programmes) {

    public static AuditScope all() {
        return new AuditScope(true, Set.of());
    }

    public static AuditScope of(Set<UUID> programmes) {
        return new AuditScope(false, Set.copyOf(programmes));
    }
}
