/**
 * The whole household file: households, persons, home visits, the conversation per member and
 * life domain, self-sufficiency scores, help questions (questions, signals and opportunities) with
 * the household's derived profile, housing remarks and visit drafts. A visit with its questions is
 * recorded in one call ({@link nl.voordeur.household.Households#recordVisit}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"address", "programme", "access", "audit", "shared"})
package nl.voordeur.household;
