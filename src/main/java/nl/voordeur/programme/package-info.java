/**
 * Programmes (one Achter de Voordeur project in one area), their kernteam and their partner
 * organisations with priority agreements.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "audit", "shared"})
package nl.voordeur.programme;
