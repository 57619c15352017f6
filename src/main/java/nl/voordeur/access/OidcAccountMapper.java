package nl.voordeur.access;

import java.io.Serializable;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.stereotype.Component;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;

/**
 * Finds the Voordeur account of an identity-provider login. An account is bound to the
 * provider's user (issuer and subject) at its first login, found then through the configured
 * claim ({@code preferred_username} by default, or {@code email}, which the provider must have
 * verified); afterwards only issuer and subject match it, so a renamed or reassigned username at
 * the provider never opens another account. Accounts are never created from a login, and a
 * disabled account is refused.
 */
@Component
class OidcAccountMapper {

    record Mapped(UUID userId, boolean secondFactor) implements Serializable {
    }

    private final UserAccountRepository users;
    private final OidcProperties properties;
    private final AuditLog auditLog;

    OidcAccountMapper(UserAccountRepository users, OidcProperties properties, AuditLog auditLog) {
        this.users = users;
        this.properties = properties;
        this.auditLog = auditLog;
    }

    Mapped map(Map<String, Object> claims) {
        String issuer = text(claims, IdTokenClaimNames.ISS);
        String subject = text(claims, IdTokenClaimNames.SUB);
        String name = text(claims, properties.usernameClaim());
        if (issuer.isEmpty() || subject.isEmpty()) {
            throw refused(OidcProperties.UNKNOWN_ACCOUNT, issuer, name, null, "no issuer or subject");
        }
        Optional<UserAccount> bound = users.findByIdentityProviderSubject(issuer, subject);
        UserAccount account = bound.orElseGet(() -> byName(issuer, name, claims));
        if (!account.enabled()) throw refused(OidcProperties.UNKNOWN_ACCOUNT, issuer, name, account.id(), "account disabled");
        if (bound.isEmpty()) bind(account, issuer, subject, name);
        return new Mapped(account.id(), assertsMultiFactor(claims));
    }

    /** RFC 8176 {@code amr} values such as "mfa" or "otp", or a configured {@code acr} level. */
    boolean assertsMultiFactor(Map<String, Object> claims) {
        boolean amr = claims.get("amr") instanceof Collection<?> methods
                && methods.stream().map(String::valueOf).anyMatch(properties.mfaAmrValues()::contains);
        boolean acr = claims.get("acr") instanceof String level && properties.mfaAcrValues().contains(level);
        return amr || acr;
    }

    private UserAccount byName(String issuer, String name, Map<String, Object> claims) {
        if (name.isEmpty()) {
            throw refused(OidcProperties.UNKNOWN_ACCOUNT, issuer, name, null, "no " + properties.usernameClaim() + " claim");
        }
        if (StandardClaimNames.EMAIL.equals(properties.usernameClaim()) && !emailVerified(claims)) {
            throw refused(OidcProperties.EMAIL_UNVERIFIED, issuer, name, null, "e-mail address not verified");
        }
        return users.findByUsername(name)
                .orElseThrow(() -> refused(OidcProperties.UNKNOWN_ACCOUNT, issuer, name, null, "no such account"));
    }

    private void bind(UserAccount account, String issuer, String subject, String name) {
        if (!users.bindIdentityProviderSubject(account.id(), issuer, subject)) {
            throw refused(OidcProperties.UNKNOWN_ACCOUNT, issuer, name, account.id(),
                    "account bound to another identity-provider user");
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "UserAccount", account.id())
                .withDetails("bound to identity provider " + issuer), Optional.empty());
    }

    private static boolean emailVerified(Map<String, Object> claims) {
        Object verified = claims.get(StandardClaimNames.EMAIL_VERIFIED);
        return Boolean.TRUE.equals(verified) || "true".equals(verified);
    }

    private static String text(Map<String, Object> claims, String name) {
        Object value = claims.get(name);
        return value == null ? "" : value.toString().strip();
    }

    private static IdentityProviderRefusal refused(String code, String issuer, String name, UUID accountId, String reason) {
        return new IdentityProviderRefusal(code, issuer, name, accountId, reason);
    }
}
