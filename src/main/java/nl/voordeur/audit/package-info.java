/**
 * The append-only, hash-chained log of who read or wrote which personal data, when and why.
 * Every module records through {@link nl.voordeur.audit.AuditLog}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.voordeur.audit;
