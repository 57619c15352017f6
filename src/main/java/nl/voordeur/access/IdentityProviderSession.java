package nl.voordeur.access;

import java.io.Serializable;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;

/**
 * The details of a page login that came through the identity provider. Voordeur keeps its own
 * principal in the session, so this is where the ID token is kept, and where the audit reads
 * the issuer and whether the provider reported MFA.
 */
record IdentityProviderSession(String registrationId, OidcIdToken idToken, boolean mfaReported)
        implements Serializable {

    String issuer() {
        return String.valueOf(idToken.getIssuer());
    }
}
