package nl.voordeur.address;

import java.util.Locale;
import java.util.regex.Pattern;

/** Dutch postcodes: four digits, the first not 0, and two letters; written as {@code 1234 AB}. */
final class Postcodes {

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3}[A-Za-z]{2}");

    private Postcodes() {
    }

    /** The normalised postcode, or {@code null} if the value is not a postcode. */
    static String normalise(String raw) {
        if (isNormal(raw)) {
            return raw;
        }
        String compact = raw.replace(" ", "");
        if (!POSTCODE.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, 4) + " " + compact.substring(4).toUpperCase(Locale.ROOT);
    }

    /** Fast path for the common case: already written as {@code 1234 AB}. */
    private static boolean isNormal(String raw) {
        return raw.length() == 7 && raw.charAt(0) >= '1' && raw.charAt(0) <= '9' && digit(raw.charAt(1))
                && digit(raw.charAt(2)) && digit(raw.charAt(3)) && raw.charAt(4) == ' '
                && upper(raw.charAt(5)) && upper(raw.charAt(6));
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean upper(char c) {
        return c >= 'A' && c <= 'Z';
    }
}
