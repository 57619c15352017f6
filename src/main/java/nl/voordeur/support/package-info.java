/**
 * Help questions, signals and opportunities; triage, cases, plans, revisits and the work list.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"household", "address", "programme", "access", "audit", "shared"})
package nl.voordeur.support;
