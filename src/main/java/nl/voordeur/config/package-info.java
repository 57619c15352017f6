/**
 * Infrastructure: the embedded database, the clock, languages, error pages and problem details.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "audit"})
package nl.voordeur.config;
