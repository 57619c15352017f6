/**
 * Programme figures and the yearly accountability report. Answers with set-based SQL over the
 * modules' tables (never by loading entities in loops). Nobody depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"programme", "household", "neighbourhood", "access", "audit", "shared"})
package nl.voordeur.reporting;
