/**
 * Programme figures and the yearly accountability report. Answers with set-based SQL over the
 * modules' tables (never by loading entities in loops). Nobody depends on this module. The
 * allowed dependencies name every schema that SQL reads, as {@code SqlSchemaDependencyTests} checks.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"programme", "address", "household", "support", "referral",
        "neighbourhood", "access", "audit", "shared"})
package nl.voordeur.reporting;
