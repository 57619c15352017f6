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
        String compact = raw.replace(" ", "");
        if (!POSTCODE.matcher(compact).matches()) {
            return null;
        }
        return compact.substring(0, 4) + " " + compact.substring(4).toUpperCase(Locale.ROOT);
    }
}
