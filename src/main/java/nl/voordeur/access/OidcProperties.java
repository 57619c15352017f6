package nl.voordeur.access;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code voordeur.access.oidc}: optional login through the organisation's
 * identity provider. The IdP user maps to an existing, enabled Voordeur account through one
 * claim at its first login (an {@code email} claim only when {@code email_verified}), and through
 * issuer and subject afterwards; an IdP login counts as two-factor when its {@code amr} or
 * {@code acr} says so.
 * {@code registrationId} names the client under {@code spring.security.oauth2.client.registration}.
 */
@ConfigurationProperties("voordeur.access.oidc")
public record OidcProperties(boolean enabled,
                             @DefaultValue("voordeur") String registrationId,
                             @DefaultValue("preferred_username") String usernameClaim,
                             @DefaultValue({"mfa", "otp", "hwk", "swk", "fpt", "face"}) List<String> mfaAmrValues,
                             @DefaultValue({}) List<String> mfaAcrValues) {

    /** The OAuth2 error code of an IdP login without an enabled Voordeur account. */
    public static final String UNKNOWN_ACCOUNT = "voordeur_unknown_account";

    /** The OAuth2 error code of an IdP login by e-mail address that the provider has not verified. */
    public static final String EMAIL_UNVERIFIED = "voordeur_email_unverified";
}
