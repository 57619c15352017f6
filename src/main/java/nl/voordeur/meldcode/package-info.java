/**
 * The meldcode for domestic violence and child abuse: a record per safety concern, routed to the
 * programme's aandachtsfunctionaris, walked through the five legal steps, each dated and audited.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"household", "programme", "access", "audit", "shared"})
package nl.voordeur.meldcode;
