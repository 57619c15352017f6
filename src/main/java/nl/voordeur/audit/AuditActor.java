package nl.voordeur.audit;

import java.util.Set;
import java.util.UUID;

/**
 * The user on whose account something happens. The access module's principal implements
 * it, so the audit log knows who acted without depending on the access module.
 */
public interface AuditActor {

    UUID userId();

    String username();

    UUID organisationId();

    Set<String> roleNames();

    /** The part of the audit log this actor may search as privacy officer. */
    AuditScope auditScope();
}
