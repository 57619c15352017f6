package nl.voordeur.access;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Login through the organisation's identity provider (only when {@code voordeur.access.oidc.enabled}).
 * The IdP user must map to an existing enabled account; the login then continues as a
 * password login would: straight in when the IdP asserted MFA, else through Voordeur's own code step.
 */
@Component
class OidcLogin {

    private final OidcUserService delegate = new OidcUserService();
    private final OidcAccountMapper mapper;
    private final AccountDetailsService accounts;
    private final TwoFactorLogin twoFactor;
    private final LoginAudit audit;

    OidcLogin(OidcAccountMapper mapper, AccountDetailsService accounts, TwoFactorLogin twoFactor, LoginAudit audit) {
        this.mapper = mapper;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.audit = audit;
    }

    /** Refuses an IdP user without an enabled Voordeur account before any session holds them. */
    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        return request -> {
            OidcUser user = delegate.loadUser(request);
            return new MappedUser(user, mapper.map(user.getClaims()));
        };
    }

    AuthenticationSuccessHandler successHandler() {
        return (request, response, authentication) -> {
            var login = (OAuth2AuthenticationToken) authentication;
            var user = (MappedUser) login.getPrincipal();
            CurrentUser account = accounts.loadById(user.account.userId()).orElseThrow();
            twoFactor.afterIdentityProvider(account, new IdentityProviderSession(
                    login.getAuthorizedClientRegistrationId(), user.getIdToken(), user.account.secondFactor()),
                    request, response);
        };
    }

    AuthenticationFailureHandler failureHandler() {
        var redirect = new SimpleUrlAuthenticationFailureHandler("/login");
        return (request, response, exception) -> {
            audit.identityProviderRefused(exception);
            redirect.onAuthenticationFailure(request, response, exception);
        };
    }

    /** The provider's user together with the Voordeur account it maps to. */
    private static final class MappedUser extends DefaultOidcUser {

        private static final long serialVersionUID = 1L;

        private final OidcAccountMapper.Mapped account;

        MappedUser(OidcUser user, OidcAccountMapper.Mapped account) {
            super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
            this.account = account;
        }
    }
}
