package nl.voordeur.address;

import java.util.Locale;

/**
 * One valid address from the file. The postcode is normalised to {@code 1234 AB}, the house letter
 * is upper case; letter, addition, BAG id and corporation flag may be {@code null}.
 */
record AddressRow(int line, String postcode, int houseNumber, String houseLetter, String addition,
                  String street, String city, String bagId, Boolean corporationOwned) {

    /** Identity of a dwelling: postcode|houseNumber|houseLetter|addition. */
    String key() {
        String letter = houseLetter == null ? "" : houseLetter.toUpperCase(Locale.ROOT);
        String extra = addition == null ? "" : addition.toLowerCase(Locale.ROOT);
        return postcode + "|" + houseNumber + "|" + letter + "|" + extra;
    }
}
