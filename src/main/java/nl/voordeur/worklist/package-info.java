/**
 * "Mijn werk": the start page shows each user what needs doing across their programmes, each
 * item linking to its record. Reads from the other modules; nobody depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"meldcode", "referral", "support", "household", "address", "programme", "access", "shared"})
package nl.voordeur.worklist;
