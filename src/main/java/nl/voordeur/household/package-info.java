/**
 * Households, persons, home visits, the conversation per member and life domain,
 * self-sufficiency scores, housing remarks and visit drafts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"address", "programme", "access", "audit", "shared"})
package nl.voordeur.household;
