package nl.voordeur.access;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * Passwords: at least 12 characters, at most 128, any characters; not one of the 100,000 most
 * common passwords (SecLists' 10-million-password-list-top-100000, shipped compressed, see NOTICE)
 * nor of the shipped Dutch list; and not containing a word of its context: the product name, a
 * municipality of a programme, or the account's username (also written with digits for letters,
 * "v00rd3ur", or with spaces). No composition rules and no expiry (NIST 800-63B, ASVS 6.2.4, 6.2.11).
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    /** Shorter context words ("Ede", "Oss") would refuse every password with those letters in it. */
    static final int MIN_CONTEXT_WORD = 4;
    /** A part of a longer name ("jansen" in "a.jansen"); shorter parts are everyday words ("with", "long"). */
    static final int MIN_CONTEXT_PART = 5;
    static final List<String> PRODUCT_WORDS = List.of("voordeur", "achterdevoordeur");
    static final String TOP_100000 = "access/common-passwords-top-100000.txt.gz";

    private final Set<String> common;
    private final List<PasswordContextWords> contexts;

    PasswordPolicy() {
        this(List.of());
    }

    @Autowired
    PasswordPolicy(List<PasswordContextWords> contexts) {
        this.contexts = List.copyOf(contexts);
        this.common = load();
    }

    /** Checks a password without an account yet to compare it with. */
    void check(String password) {
        check(password, null);
    }

    void check(String password, String username) {
        checkWithoutContext(password);
        String lower = password.toLowerCase(Locale.ROOT);
        String plain = lettersOnly(lower);
        for (String word : contextWords(username)) {
            if (lower.contains(word) || plain.contains(word)) throw new DomainRuleViolated("password.context", "password");
        }
    }

    /** Length and the common lists only: for the demo accounts the application seeds (see AccessManagement). */
    void checkWithoutContext(String password) {
        int length = password == null ? 0 : password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) throw new DomainRuleViolated("password.tooShort", "password", MIN_LENGTH);
        if (length > MAX_LENGTH) throw new DomainRuleViolated("password.tooLong", "password", MAX_LENGTH);
        if (common.contains(password.toLowerCase(Locale.ROOT))) throw new DomainRuleViolated("password.common", "password");
    }

    private Set<String> contextWords(String username) {
        Set<String> words = new HashSet<>(PRODUCT_WORDS);
        List<String> sources = new ArrayList<>();
        if (username != null) sources.add(username);
        contexts.forEach(c -> sources.addAll(c.words()));
        for (String source : sources) {
            String lower = source.strip().toLowerCase(Locale.ROOT);
            for (String whole : List.of(lower, lettersOnly(lower))) {
                if (whole.length() >= MIN_CONTEXT_WORD) words.add(whole);
            }
            for (String part : lower.split("[^\\p{L}\\p{N}]+")) {
                if (part.length() >= MIN_CONTEXT_PART) words.add(part);
            }
        }
        return words;
    }

    /** Digits that stand for letters become those letters; everything but letters goes. */
    static String lettersOnly(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().map(PasswordPolicy::unleet).filter(Character::isLetter).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static int unleet(int c) {
        return switch (c) {
            case '0' -> 'o';
            case '1', '!' -> 'i';
            case '3' -> 'e';
            case '4', '@' -> 'a';
            case '5', '$' -> 's';
            case '7' -> 't';
            default -> c;
        };
    }

    /**
     * The shipped lists, lower case. Only entries that the length rule lets through are kept in
     * memory: a shorter one is refused for its length already.
     */
    static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream dutch = new ClassPathResource("access/common-passwords.txt").getInputStream();
             InputStream top = new GZIPInputStream(new ClassPathResource(TOP_100000).getInputStream())) {
            for (InputStream list : List.of(dutch, top)) {
                new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8)).lines()
                        .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .filter(l -> l.codePointCount(0, l.length()) >= MIN_LENGTH)
                        .map(l -> l.toLowerCase(Locale.ROOT)).forEach(passwords::add);
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new IllegalStateException("common password list missing", e);
        }
    }
}
