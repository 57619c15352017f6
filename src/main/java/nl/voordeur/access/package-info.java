/**
 * Organisations, users, roles per programme, login for pages and bearer tokens for the API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"audit", "shared"})
package nl.voordeur.access;
