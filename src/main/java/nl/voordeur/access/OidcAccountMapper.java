package nl.voordeur.access;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;

/**
 * Finds the Voordeur account of an identity-provider login: the configured claim
 * ({@code preferred_username} by default, or {@code email}) must equal an enabled account's
 * username. Accounts are never created from a login.
 */
@Component
class OidcAccountMapper {

    record Mapped(UUID userId, boolean secondFactor) {
    }

    private final UserAccountRepository users;
    private final OidcProperties properties;

    OidcAccountMapper(UserAccountRepository users, OidcProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    Mapped map(Map<String, Object> claims) {
        String name = claims.get(properties.usernameClaim()) instanceof String value ? value.strip() : "";
        if (name.isEmpty()) throw refused();
        UserAccount account = users.findByUsername(name).filter(UserAccount::enabled).orElseThrow(OidcAccountMapper::refused);
        return new Mapped(account.id(), assertsMultiFactor(claims));
    }

    /** RFC 8176 {@code amr} values such as "mfa" or "otp", or a configured {@code acr} level. */
    boolean assertsMultiFactor(Map<String, Object> claims) {
        boolean amr = claims.get("amr") instanceof Collection<?> methods
                && methods.stream().map(String::valueOf).anyMatch(properties.mfaAmrValues()::contains);
        boolean acr = claims.get("acr") instanceof String level && properties.mfaAcrValues().contains(level);
        return amr || acr;
    }

    private static OAuth2AuthenticationException refused() {
        return new OAuth2AuthenticationException(new OAuth2Error(OidcProperties.UNKNOWN_ACCOUNT, "no enabled Voordeur account", null));
    }
}
