/**
 * Demo mode: on an empty database, fills in the organisations and users of the seed
 * programmes and prints the demo logins at start-up. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"access", "programme", "address", "household", "neighbourhood", "shared"})
package nl.voordeur.demo;
