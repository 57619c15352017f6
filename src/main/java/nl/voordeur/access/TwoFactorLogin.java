package nl.voordeur.access;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The page login's second step. After a correct password (or an identity-provider login without
 * MFA) an enrolled user, or one who must enrol first, holds only a {@link PendingLogin}; a correct
 * code (or a confirmed enrolment) turns it into the full {@link CurrentUser}, under a new session
 * id. Only then is the login a success for the audit log. An identity-provider login keeps its
 * {@link IdentityProviderSession} as the authentication's details throughout.
 */
@Component
public class TwoFactorLogin implements AuthenticationSuccessHandler {

    public static final String CODE_PAGE = "/login/code";
    public static final String ENROL_PAGE = "/login/enrol";

    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final AccessDeniedHandler denied = new AccessDeniedHandlerImpl();
    private final TwoFactorStore store;
    private final TwoFactorPolicy policy;
    private final SecondFactorCheck check;
    private final AccountDetailsService accounts;
    private final LoginAudit audit;

    TwoFactorLogin(TwoFactorStore store, TwoFactorPolicy policy, SecondFactorCheck check,
                   AccountDetailsService accounts, LoginAudit audit) {
        this.store = store;
        this.policy = policy;
        this.check = check;
        this.accounts = accounts;
        this.audit = audit;
    }

    /** The login in progress in this request's session, if the password step passed. */
    public static Optional<PendingLogin> pending() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PendingLogin p ? Optional.of(p) : Optional.empty();
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        next((CurrentUser) authentication.getPrincipal(), null, request, response);
    }

    /** After an identity-provider login; MFA is done when the provider reported it (amr/acr). */
    void afterIdentityProvider(CurrentUser user, IdentityProviderSession idp, HttpServletRequest request,
                               HttpServletResponse response) throws IOException {
        next(user, idp, request, response);
    }

    private void next(CurrentUser user, IdentityProviderSession idp, HttpServletRequest request,
                      HttpServletResponse response) throws IOException {
        if (idp != null && idp.mfaReported()) {
            establish(user.withSecondFactor(), idp, request, response);
        } else if (store.enrolled(user.id())) {
            hold(new PendingLogin(user.id(), user.username(), false), idp, request, response);
            response.sendRedirect(request.getContextPath() + CODE_PAGE);
            return;
        } else if (policy.requiredFor(user)) {
            hold(new PendingLogin(user.id(), user.username(), true), idp, request, response);
            response.sendRedirect(request.getContextPath() + ENROL_PAGE);
            return;
        } else {
            establish(user, idp, request, response);
        }
        response.sendRedirect(request.getContextPath() + "/");
    }

    /** Checks the code of the pending login and, when right, logs the user in fully. */
    public void completeWithCode(PendingLogin pending, String code, HttpServletRequest request,
                                 HttpServletResponse response) {
        CurrentUser user = load(pending);
        establish(check.verify(user, code, request.getRemoteAddr()), identityProvider(), request, response);
    }

    /** After a forced enrolment was confirmed (the code proved the second factor). */
    public void completeAfterEnrolment(PendingLogin pending, HttpServletRequest request, HttpServletResponse response) {
        if (!store.enrolled(pending.userId())) throw new IllegalStateException("not enrolled");
        establish(load(pending).withSecondFactor(), identityProvider(), request, response);
    }

    /** Sends a half-logged-in user to their second step; everybody else gets the usual refusal. */
    public AccessDeniedHandler accessDeniedHandler() {
        return (request, response, e) -> {
            Optional<PendingLogin> pending = pending();
            if (pending.isPresent()) {
                response.sendRedirect(request.getContextPath() + (pending.get().mustEnrol() ? ENROL_PAGE : CODE_PAGE));
            } else {
                denied.handle(request, response, e);
            }
        };
    }

    private CurrentUser load(PendingLogin pending) {
        return accounts.loadById(pending.userId()).filter(CurrentUser::isEnabled)
                .orElseThrow(() -> new BadCredentialsException("bad credentials"));
    }

    /** The identity-provider login this session's login came through, if it did. */
    private static IdentityProviderSession identityProvider() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getDetails() instanceof IdentityProviderSession idp ? idp : null;
    }

    private void hold(PendingLogin pending, IdentityProviderSession idp, HttpServletRequest request,
                      HttpServletResponse response) {
        save(UsernamePasswordAuthenticationToken.authenticated(pending, null, List.of()), idp, request, response);
    }

    private void establish(CurrentUser user, IdentityProviderSession idp, HttpServletRequest request,
                           HttpServletResponse response) {
        request.changeSessionId();
        save(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()), idp, request, response);
        audit.sessionStarted(user, idp);
    }

    private void save(UsernamePasswordAuthenticationToken authentication, IdentityProviderSession idp,
                      HttpServletRequest request, HttpServletResponse response) {
        authentication.setDetails(idp);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
