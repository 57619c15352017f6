package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import nl.voordeur.audit.AuditLog;

/**
 * Identity-provider claims to a Voordeur account: existing enabled accounts only, bound to issuer
 * and subject at the first login, an e-mail claim only when verified, MFA from amr/acr.
 */
class OidcAccountMapperTest {

    private static final String ISSUER = "https://idp.example/realms/voordeur";

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final UserAccount jan = account("jan.jansen", true);
    private final UserAccount blocked = account("piet", false);
    private final UserAccount byEmail = account("jan@gemeente.nl", true);

    {
        when(users.findByUsername("jan.jansen")).thenReturn(Optional.of(jan));
        when(users.findByUsername("jan@gemeente.nl")).thenReturn(Optional.of(byEmail));
        when(users.findByUsername("piet")).thenReturn(Optional.of(blocked));
        when(users.findByIdentityProviderSubject(anyString(), anyString())).thenReturn(Optional.empty());
        when(users.bindIdentityProviderSubject(any(), anyString(), anyString())).thenReturn(true);
    }

    private OidcAccountMapper mapper(String claim, List<String> acr) {
        return new OidcAccountMapper(users, new OidcProperties(true, "voordeur", claim,
                List.of("mfa", "otp", "hwk"), acr), mock(AuditLog.class));
    }

    @Test
    void theConfiguredClaimNamesTheAccountAtTheFirstLoginWhichBindsItToIssuerAndSubject() {
        var mapped = mapper("preferred_username", List.of()).map(claims("s-1", "preferred_username", "jan.jansen"));
        assertThat(mapped.userId()).isEqualTo(jan.id());
        assertThat(mapped.secondFactor()).isFalse();
        verify(users).bindIdentityProviderSubject(jan.id(), ISSUER, "s-1");
    }

    @Test
    void aBoundAccountIsFoundByIssuerAndSubjectOnlyWhateverTheUsernameClaimSays() {
        when(users.findByIdentityProviderSubject(ISSUER, "s-1")).thenReturn(Optional.of(jan));
        var mapper = mapper("preferred_username", List.of());
        assertThat(mapper.map(claims("s-1", "preferred_username", "renamed.at.the.idp")).userId()).isEqualTo(jan.id());
        verify(users, never()).bindIdentityProviderSubject(any(), anyString(), anyString());
    }

    @Test
    void anAccountBoundToAnotherSubjectIsRefused() {
        when(users.bindIdentityProviderSubject(eq(jan.id()), anyString(), anyString())).thenReturn(false);
        assertThatThrownBy(() -> mapper("preferred_username", List.of()).map(claims("s-2", "preferred_username", "jan.jansen")))
                .isInstanceOf(IdentityProviderRefusal.class);
    }

    @Test
    void anEmailClaimNamesTheAccountOnlyWhenTheProviderVerifiedIt() {
        var mapper = mapper("email", List.of());
        assertThatThrownBy(() -> mapper.map(claims("s-3", "email", "jan@gemeente.nl")))
                .isInstanceOfSatisfying(IdentityProviderRefusal.class, e -> assertThat(e.getError().getErrorCode())
                        .isEqualTo(OidcProperties.EMAIL_UNVERIFIED));
        assertThatThrownBy(() -> mapper.map(claims("s-3", "email", "jan@gemeente.nl", "email_verified", false)))
                .isInstanceOf(IdentityProviderRefusal.class);
        verify(users, never()).bindIdentityProviderSubject(any(), anyString(), anyString());

        assertThat(mapper.map(claims("s-3", "email", "jan@gemeente.nl", "email_verified", true)).userId())
                .isEqualTo(byEmail.id());
    }

    @Test
    void anUnknownMissingOrDisabledAccountIsRefusedAndNeverCreated() {
        var byEmailClaim = mapper("email", List.of());
        assertThatThrownBy(() -> byEmailClaim.map(claims("s-4", "email", "nobody@gemeente.nl", "email_verified", true)))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> byEmailClaim.map(claims("s-4", "preferred_username", "jan.jansen")))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> mapper("preferred_username", List.of()).map(claims("s-5", "preferred_username", "piet")))
                .isInstanceOfSatisfying(IdentityProviderRefusal.class, e -> {
                    assertThat(e.presentedName()).isEqualTo("piet");
                    assertThat(e.accountId()).isEqualTo(blocked.id());
                });
        verify(users, never()).save(any());
        verify(users, never()).bindIdentityProviderSubject(any(), anyString(), anyString());
    }

    @Test
    void theIdentityProvidersMfaCountsThroughAmrOrAConfiguredAcr() {
        var mapper = mapper("preferred_username", List.of("gold"));
        assertThat(mapper.map(claims("s-6", "preferred_username", "jan.jansen", "amr", List.of("pwd", "mfa"))).secondFactor())
                .isTrue();
        assertThat(mapper.map(claims("s-6", "preferred_username", "jan.jansen", "amr", List.of("pwd"))).secondFactor())
                .isFalse();
        assertThat(mapper.map(claims("s-6", "preferred_username", "jan.jansen", "acr", "gold")).secondFactor()).isTrue();
        assertThat(mapper.map(claims("s-6", "preferred_username", "jan.jansen", "acr", "1")).secondFactor()).isFalse();
    }

    /** An ID token's claims from {@link #ISSUER} for this subject, plus name-value pairs. */
    private static Map<String, Object> claims(String subject, Object... more) {
        Map<String, Object> claims = new HashMap<>(Map.of("iss", ISSUER, "sub", subject));
        for (int i = 0; i < more.length; i += 2) claims.put((String) more[i], more[i + 1]);
        return claims;
    }

    private static UserAccount account(String username, boolean enabled) {
        return new UserAccount(UUID.randomUUID(), username, "{noop}x", username, UUID.randomUUID(), null, enabled,
                Set.of(RoleGrant.global(Role.VISITOR)), Instant.now(), 1);
    }
}
