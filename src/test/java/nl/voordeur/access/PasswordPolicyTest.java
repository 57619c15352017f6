package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import nl.voordeur.shared.DomainRuleViolated;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> policy.check("elevenchars")).isInstanceOf(DomainRuleViolated.class)
                .hasMessage("password.tooShort");
    }

    @Test
    void countsCharactersNotBytes() {
        assertThatThrownBy(() -> policy.check("🐦🐦🐦🐦🐦🐦🐦🐦🐦🐦🐦")).hasMessage("password.tooShort");
        assertThatCode(() -> policy.check("🐦🐦🐦🐦🐦🐦🐦🐦🐦🐦🐦🐦")).doesNotThrowAnyException();
    }

    @Test
    void acceptsLongPassphrasesWithoutCompositionRules() {
        assertThatCode(() -> policy.check("alleen kleine letters en spaties")).doesNotThrowAnyException();
        assertThatCode(() -> policy.check("x".repeat(64))).doesNotThrowAnyException();
    }

    @Test
    void refusesCommonPasswordsWhateverTheirCase() {
        assertThatThrownBy(() -> policy.check("Wachtwoord123")).hasMessage("password.common");
    }

    @Test
    void refusesPasswordsOverTheMaximum() {
        assertThatThrownBy(() -> policy.check("x".repeat(129))).hasMessage("password.tooLong");
    }

    /** Issue 16 item 12: the 100,000 most common passwords are shipped and refused. */
    @Test
    void refusesPasswordsFromTheTopHundredThousandOfTheTenMillionList() throws Exception {
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(new java.util.zip.GZIPInputStream(
                new org.springframework.core.io.ClassPathResource(PasswordPolicy.TOP_100000).getInputStream())))) {
            assertThat(lines.lines().count()).isGreaterThanOrEqualTo(100_000);
        }
        assertThatThrownBy(() -> policy.check("morganstanley")).hasMessage("password.common"); // rank 60,130
        assertThatThrownBy(() -> policy.check("Construction")).hasMessage("password.common"); // rank 61,263
        assertThatThrownBy(() -> policy.check("qwerty123456")).hasMessage("password.common");
    }

    /** Issue 16 item 12: the product name, the programmes' municipalities and the username. */
    @Test
    void refusesPasswordsThatContainTheProductNameAMunicipalityOrTheUsername() {
        var withMunicipalities = new PasswordPolicy(java.util.List.of(() -> java.util.List.of("Helmond", "Bergen op Zoom")));
        assertThatThrownBy(() -> withMunicipalities.check("mijn Voordeur wachtwoord")).hasMessage("password.context");
        assertThatThrownBy(() -> withMunicipalities.check("v00rd3ur-2026-lente")).hasMessage("password.context");
        assertThatThrownBy(() -> withMunicipalities.check("wonen in helmond 2026")).hasMessage("password.context");
        assertThatThrownBy(() -> withMunicipalities.check("bergen op zoom is mooi")).hasMessage("password.context");
        assertThatThrownBy(() -> withMunicipalities.check("jansen.wijkteam 2026", "a.jansen")).hasMessage("password.context");
        assertThatThrownBy(() -> withMunicipalities.check("mijnnaamisajansen", "a.jansen")).hasMessage("password.context");
        assertThatCode(() -> withMunicipalities.check("een lange zin over de deurbel", "a.jansen")).doesNotThrowAnyException();
    }
}
