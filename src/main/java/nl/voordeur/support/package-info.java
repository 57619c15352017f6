/**
 * Triage of the household file's help questions, cases and plans, and the households waiting for a case manager.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"household", "address", "programme", "access", "audit", "shared"})
package nl.voordeur.support;
