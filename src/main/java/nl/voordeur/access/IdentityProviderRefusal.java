package nl.voordeur.access;

import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * An identity-provider login that Voordeur refuses although the provider vouched for it: no
 * matching enabled account, or an unverified e-mail address. Keeps what the provider presented
 * for the audit log; the user sees only the message that belongs to the error code.
 */
class IdentityProviderRefusal extends OAuth2AuthenticationException {

    private static final long serialVersionUID = 1L;

    private final String issuer;
    private final String presentedName;
    private final UUID accountId;
    private final String reason;

    IdentityProviderRefusal(String errorCode, String issuer, String presentedName, UUID accountId, String reason) {
        super(new OAuth2Error(errorCode, "identity-provider login refused", null));
        this.issuer = issuer;
        this.presentedName = presentedName;
        this.accountId = accountId;
        this.reason = reason;
    }

    String issuer() { return issuer; }

    /** The username claim as the provider sent it (may be empty). */
    String presentedName() { return presentedName; }

    /** The account the presented name belongs to, or null. */
    UUID accountId() { return accountId; }

    /** Why, in English, for the audit log. */
    String reason() { return reason; }
}
