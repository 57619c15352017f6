package nl.voordeur.access;

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
}
