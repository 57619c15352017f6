package nl.voordeur.access;

import java.util.Optional;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditActor;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;

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
    private final AuditLog auditLog;

    OidcLogin(OidcAccountMapper mapper, AccountDetailsService accounts, TwoFactorLogin twoFactor, AuditLog auditLog) {
        this.mapper = mapper;
        this.accounts = accounts;
        this.twoFactor = twoFactor;
        this.auditLog = auditLog;
    }

    /** Refuses an IdP user without an enabled Voordeur account before any session holds them. */
    OAuth2UserService<OidcUserRequest, OidcUser> userService() {
        return request -> {
            OidcUser user = delegate.loadUser(request);
            mapper.map(user.getClaims());
            return user;
        };
    }

    AuthenticationSuccessHandler successHandler() {
        return (request, response, authentication) -> {
            var mapped = mapper.map(((OidcUser) authentication.getPrincipal()).getClaims());
            CurrentUser user = accounts.loadById(mapped.userId()).orElseThrow();
            auditLog.record(AuditRecord.of(AuditAction.LOGIN, "UserAccount", user.id())
                    .withDetails(mapped.secondFactor() ? "identity provider with MFA" : "identity provider"),
                    Optional.of((AuditActor) user));
            twoFactor.afterIdentityProvider(user, mapped.secondFactor(), request, response);
        };
    }

    AuthenticationFailureHandler failureHandler() {
        var redirect = new SimpleUrlAuthenticationFailureHandler("/login");
        return (request, response, exception) -> {
            auditLog.record(AuditRecord.of(AuditAction.LOGIN_FAILED, "UserAccount", null)
                    .withDetails("identity provider login refused").refused(), Optional.empty());
            redirect.onAuthenticationFailure(request, response, exception);
        };
    }
}
