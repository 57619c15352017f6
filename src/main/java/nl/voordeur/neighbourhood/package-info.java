/**
 * The neighbourhood half of a programme: area indicators (leefbaarheid figures with a baseline
 * and yearly values, typed in or imported by the coordinator) and the register of initiatives
 * residents take part in and volunteer for. Aggregates only: no resident is named here.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"programme", "access", "audit", "shared"})
package nl.voordeur.neighbourhood;
