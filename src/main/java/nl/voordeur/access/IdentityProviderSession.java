package nl.voordeur.access;

import java.io.Serializable;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The details of a page login that came through the identity provider. Voordeur keeps its own
 * principal in the session, so this is where the ID token waits for logout (its hint to the
 * provider), and where the audit reads the issuer and whether the provider reported MFA.
 */
record IdentityProviderSession(String registrationId, OidcIdToken idToken, boolean mfaReported)
        implements Serializable {

    String issuer() {
        return String.valueOf(idToken.getIssuer());
    }

    /** The login as Spring Security's OIDC logout expects it. */
    Authentication asOidcLogin() {
        return new OAuth2AuthenticationToken(new DefaultOidcUser(List.of(), idToken), List.of(), registrationId);
    }
}
