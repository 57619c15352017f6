/**
 * Consent and legal basis per person, partner organisation and purpose. Other modules ask
 * {@link nl.voordeur.privacy.Consents#mayShare} before sharing a person's data.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"household", "access", "audit", "shared"})
package nl.voordeur.privacy;
