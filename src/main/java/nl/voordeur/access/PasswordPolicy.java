package nl.voordeur.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * Passwords: at least 12 characters, at most 128, any characters, not on the shipped list of
 * common passwords. No composition rules and no expiry (NIST 800-63B, ASVS 6.2).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new DomainRuleViolated("password.tooShort", "password", MIN_LENGTH);
        }
        if (password.codePointCount(0, password.length()) > MAX_LENGTH) {
            throw new DomainRuleViolated("password.tooLong", "password", MAX_LENGTH);
        }
        if (common.contains(password.toLowerCase(Locale.ROOT))) {
            throw new DomainRuleViolated("password.common", "password");
        }
    }

    private static Set<String> load() {
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("access/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new IllegalStateException("common password list missing", e);
        }
    }
}
