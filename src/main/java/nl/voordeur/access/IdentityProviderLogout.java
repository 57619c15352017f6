package nl.voordeur.access;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * RP-initiated logout: a session that came through the identity provider ends there too. The
 * browser goes to the provider's {@code end_session_endpoint} (from its discovery document) with
 * the ID token as {@code id_token_hint}, and the provider sends it back to {@code /login?logout}.
 * Otherwise the next click on "log in through your organisation" would log straight back in.
 * A password session, or a provider without an end-session endpoint, goes to {@code /login?logout}.
 */
class IdentityProviderLogout implements LogoutSuccessHandler {

    static final String LOGGED_OUT = "/login?logout";

    private final OidcClientInitiatedLogoutSuccessHandler oidc;

    IdentityProviderLogout(ClientRegistrationRepository registrations) {
        oidc = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        oidc.setPostLogoutRedirectUri("{baseUrl}" + LOGGED_OUT);
        oidc.setDefaultTargetUrl(LOGGED_OUT);
    }

    @Override
    public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, ServletException {
        oidc.onLogoutSuccess(request, response,
                authentication != null && authentication.getDetails() instanceof IdentityProviderSession idp
                        ? idp.asOidcLogin() : authentication);
    }
}
