package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/** Identity-provider claims to a Voordeur account: existing enabled accounts only, MFA from amr/acr. */
class OidcAccountMapperTest {

    private final UserAccountRepository users = mock(UserAccountRepository.class);
    private final UserAccount jan = account("jan.jansen", true);
    private final UserAccount blocked = account("piet", false);

    {
        when(users.findByUsername("jan.jansen")).thenReturn(Optional.of(jan));
        when(users.findByUsername("jan@gemeente.nl")).thenReturn(Optional.empty());
        when(users.findByUsername("piet")).thenReturn(Optional.of(blocked));
    }

    private OidcAccountMapper mapper(String claim, List<String> acr) {
        return new OidcAccountMapper(users, new OidcProperties(true, "voordeur", claim,
                List.of("mfa", "otp", "hwk"), acr));
    }

    @Test
    void theConfiguredClaimNamesTheAccount() {
        var mapped = mapper("preferred_username", List.of()).map(Map.of("preferred_username", "jan.jansen"));
        assertThat(mapped.userId()).isEqualTo(jan.id());
        assertThat(mapped.secondFactor()).isFalse();
    }

    @Test
    void anUnknownMissingOrDisabledAccountIsRefusedAndNeverCreated() {
        var byEmail = mapper("email", List.of());
        assertThatThrownBy(() -> byEmail.map(Map.of("email", "jan@gemeente.nl", "preferred_username", "jan.jansen")))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> byEmail.map(Map.of("preferred_username", "jan.jansen")))
                .isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> mapper("preferred_username", List.of()).map(Map.of("preferred_username", "piet")))
                .isInstanceOf(OAuth2AuthenticationException.class);
        org.mockito.Mockito.verify(users, org.mockito.Mockito.never()).save(org.mockito.ArgumentMatchers.any());
    }

    @Test
    void theIdentityProvidersMfaCountsThroughAmrOrAConfiguredAcr() {
        var mapper = mapper("preferred_username", List.of("gold"));
        assertThat(mapper.map(Map.of("preferred_username", "jan.jansen", "amr", List.of("pwd", "mfa"))).secondFactor())
                .isTrue();
        assertThat(mapper.map(Map.of("preferred_username", "jan.jansen", "amr", List.of("pwd"))).secondFactor())
                .isFalse();
        assertThat(mapper.map(Map.of("preferred_username", "jan.jansen", "acr", "gold")).secondFactor()).isTrue();
        assertThat(mapper.map(Map.of("preferred_username", "jan.jansen", "acr", "1")).secondFactor()).isFalse();
    }

    private static UserAccount account(String username, boolean enabled) {
        return new UserAccount(UUID.randomUUID(), username, "{noop}x", username, UUID.randomUUID(), null, enabled,
                Set.of(RoleGrant.global(Role.VISITOR)), Instant.now(), 1);
    }
}
