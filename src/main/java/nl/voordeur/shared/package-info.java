/**
 * Small building blocks every module may use: paging, errors, the clock.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.voordeur.shared;
