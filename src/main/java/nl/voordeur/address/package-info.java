/**
 * The addresses of a programme's area: importing address lists, the address register, address
 * states and contact attempts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"programme", "access", "audit", "shared"})
package nl.voordeur.address;
