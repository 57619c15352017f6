package nl.voordeur.address;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * House number with optional letter and addition, as written in one field: {@code 12}, {@code 12a},
 * {@code 12 a}, {@code 12-2}, {@code 12 bis}, {@code 12A-3}. A single letter directly after the digits
 * (or after one space) is the house letter; whatever follows a hyphen, or any longer text, is the
 * addition.
 */
record HouseNumber(int number, String letter, String addition) {

    static final int MAX_NUMBER = 99_999;
    static final int MAX_ADDITION = 10;

    private static final Pattern DIGITS_REST = Pattern.compile("(\\d{1,9})(.*)", Pattern.DOTALL);
    private static final Pattern AFTER_HYPHEN = Pattern.compile("\\s*-\\s*(.*)", Pattern.DOTALL);
    private static final Pattern LETTER_REST =
            Pattern.compile(" ?([A-Za-z])(?:\\s*-\\s*|\\s+|$)(.*)", Pattern.DOTALL);
    private static final Pattern LETTER = Pattern.compile("[A-Za-z]");
    private static final Pattern ADDITION = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N} ./-]*");

    /** Parses a trimmed, non-blank huisnummer field; {@code null} if it is not a house number. */
    static HouseNumber parse(String raw) {
        int plain = plainNumber(raw);
        if (plain > 0) {
            return new HouseNumber(plain, null, null);
        }
        Matcher digits = DIGITS_REST.matcher(raw);
        if (!digits.matches()) {
            return null;
        }
        int number = Integer.parseInt(digits.group(1));
        if (number < 1 || number > MAX_NUMBER) {
            return null;
        }
        return withRest(number, digits.group(2));
    }

    /** Fast path: 1 to 5 digits only, within range; otherwise 0. */
    private static int plainNumber(String raw) {
        if (raw.isEmpty() || raw.length() > 5) {
            return 0;
        }
        int number = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            number = number * 10 + (c - '0');
        }
        return number <= MAX_NUMBER ? number : 0;
    }

    private static HouseNumber withRest(int number, String rest) {
        if (rest.isEmpty()) {
            return new HouseNumber(number, null, null);
        }
        Matcher hyphen = AFTER_HYPHEN.matcher(rest);
        if (hyphen.matches()) {
            return hyphen.group(1).isBlank() ? null : new HouseNumber(number, null, hyphen.group(1).strip());
        }
        Matcher letter = LETTER_REST.matcher(rest);
        if (letter.matches()) {
            String addition = letter.group(2).strip();
            return new HouseNumber(number, upper(letter.group(1)), addition.isEmpty() ? null : addition);
        }
        return new HouseNumber(number, null, rest.strip());
    }

    /** A house letter from its own column: exactly one letter A-Z, returned in upper case. */
    static boolean validLetter(String value) {
        return LETTER.matcher(value).matches();
    }

    /** An addition: up to 10 letters, digits, spaces, dots, slashes or hyphens, starting alphanumeric. */
    static boolean validAddition(String value) {
        return value.length() <= MAX_ADDITION && ADDITION.matcher(value).matches();
    }

    static String upper(String letter) {
        return letter.toUpperCase(Locale.ROOT);
    }

    /**
     * Combines this parsed field with the separate huisletter and toevoeging columns (either may be
     * {@code null}); {@code null} when both sides carry a different letter or addition.
     */
    HouseNumber withColumns(String columnLetter, String columnAddition) {
        if (conflict(letter, columnLetter) || conflict(addition, columnAddition)) {
            return null;
        }
        return new HouseNumber(number, letter != null ? letter : columnLetter,
                addition != null ? addition : columnAddition);
    }

    private static boolean conflict(String fromField, String fromColumn) {
        return fromField != null && fromColumn != null && !fromField.equalsIgnoreCase(fromColumn);
    }
}
