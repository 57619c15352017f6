/**
 * Retention: each programme's terms, the daily job that anonymises what expired, its log and the
 * privacy officer's dry run. What expired is decided here ({@link nl.voordeur.retention.Expiry});
 * each owning module blanks its own records through {@link nl.voordeur.shared.RetentionTarget}.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"programme", "address", "household", "support", "referral", "meldcode", "access", "audit",
                "shared"})
package nl.voordeur.retention;
