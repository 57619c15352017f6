package nl.voordeur.access;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.stereotype.Component;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditActor;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.audit.AuditScope;

/**
 * The login entries of the audit log. A success is written only when a page session or an API
 * token is really issued, and says how the user got in: by password or through which identity
 * provider, and with which second factor. A half-done login (waiting for its code or its
 * enrolment) is no success. Refused identity-provider logins keep the name the provider
 * presented; logout is recorded too. (Refused password logins are written by
 * {@link ThrottledAuthenticationProvider} and {@link SecondFactorCheck}.)
 */
@Component
class LoginAudit {

    private static final String USER = "UserAccount";

    private final AuditLog auditLog;

    LoginAudit(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    void sessionStarted(CurrentUser user, IdentityProviderSession idp) {
        record(AuditRecord.of(AuditAction.LOGIN, USER, user.id()).withDetails(route(user, idp)), user);
    }

    void tokenIssued(CurrentUser user) {
        record(AuditRecord.of(AuditAction.TOKEN_ISSUED, USER, user.id()).withDetails(route(user, null)), user);
    }

    void identityProviderRefused(AuthenticationException exception) {
        if (exception instanceof IdentityProviderRefusal refusal) {
            AuditActor claimant = refusal.presentedName().isEmpty() ? null
                    : new Claimant(refusal.accountId(), refusal.presentedName());
            record(AuditRecord.of(AuditAction.LOGIN_FAILED, USER, refusal.accountId())
                    .withDetails("identity provider " + refusal.issuer() + ": " + refusal.reason()).refused(), claimant);
        } else {
            String error = exception instanceof OAuth2AuthenticationException e ? e.getError().getErrorCode()
                    : exception.getClass().getSimpleName();
            record(AuditRecord.of(AuditAction.LOGIN_FAILED, USER, null)
                    .withDetails("identity provider login failed: " + error).refused(), null);
        }
    }

    /** At logout, before the session ends; also when a half-done login is cancelled. */
    void loggedOut(Authentication authentication) {
        if (authentication == null) return;
        IdentityProviderSession idp = authentication.getDetails() instanceof IdentityProviderSession s ? s : null;
        String session = idp == null ? "password session" : "identity provider " + idp.issuer() + " session";
        if (authentication.getPrincipal() instanceof CurrentUser user) {
            record(AuditRecord.of(AuditAction.LOGOUT, USER, user.id()).withDetails(session), user);
        } else if (authentication.getPrincipal() instanceof PendingLogin pending) {
            record(AuditRecord.of(AuditAction.LOGOUT, USER, pending.userId())
                    .withDetails(session + ", before the second step"), new Claimant(pending.userId(), pending.username()));
        }
    }

    /** How the user got in, e.g. "password, second factor" or "identity provider https://idp/realm, MFA reported". */
    static String route(CurrentUser user, IdentityProviderSession idp) {
        if (idp == null) return user.passedSecondFactor() ? "password, second factor" : "password";
        String start = "identity provider " + idp.issuer();
        if (idp.mfaReported()) return start + ", MFA reported";
        return start + (user.passedSecondFactor() ? ", no MFA reported, second factor" : ", no MFA reported");
    }

    private void record(AuditRecord record, AuditActor actor) {
        auditLog.record(record, Optional.ofNullable(actor));
    }

    /** Who a login attempt or a half-done login claims to be: a name, and the account if there is one. */
    private record Claimant(UUID userId, String username) implements AuditActor {

        @Override
        public UUID organisationId() { return null; }

        @Override
        public Set<String> roleNames() { return Set.of(); }

        @Override
        public AuditScope auditScope() { return AuditScope.of(Set.of()); }
    }
}
