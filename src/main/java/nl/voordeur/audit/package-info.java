/**
 * The append-only, hash-chained log of who read or wrote which personal data, when and why.
 * Every module records through {@link nl.voordeur.audit.AuditLog}. The chain is keyed with a
 * secret kept outside the database ({@code AuditKey}), and signed checkpoints of every lane's
 * head are kept outside it too ({@code AuditCheckpoints}), so that whoever holds the database
 * can neither rewrite, forge nor drop entries unnoticed ({@code AuditChainVerifier}).
 * <p>
 * Its Java uses only {@code shared}; its SQL reads {@code access.role_grant} to scope a privacy
 * officer's search to the people of their programmes, hence {@code access} (the only arrow
 * against the direction access → audit, and one no Java type follows).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "shared"})
package nl.voordeur.audit;
