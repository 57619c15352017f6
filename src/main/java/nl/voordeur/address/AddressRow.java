package nl.voordeur.address;

import java.util.Locale;
import java.util.UUID;

/**
 * One valid address from the file. The postcode is normalised to {@code 1234 AB}, the house letter
 * is upper case; letter, addition, BAG id and corporation flag may be {@code null}.
 * {@code corporationId} is the housing corporation the {@code corporatie} column named, or {@code null}
 * when it said ja, nee or nothing.
 */
record AddressRow(int line, String postcode, int houseNumber, String houseLetter, String addition,
                  String street, String city, String bagId, Boolean corporationOwned, UUID corporationId) {

    AddressRow(int line, String postcode, int houseNumber, String houseLetter, String addition,
               String street, String city, String bagId, Boolean corporationOwned) {
        this(line, postcode, houseNumber, houseLetter, addition, street, city, bagId, corporationOwned, null);
    }

    /** Identity of a dwelling: postcode|houseNumber|houseLetter|addition. */
    String key() {
        String letter = houseLetter == null ? "" : houseLetter.toUpperCase(Locale.ROOT);
        String extra = addition == null ? "" : addition.toLowerCase(Locale.ROOT);
        return postcode + "|" + houseNumber + "|" + letter + "|" + extra;
    }

    /** The owner to store: the named corporation, else for "ja" the programme's sole corporation partner. */
    UUID owner(UUID soleCorporation) {
        if (!Boolean.TRUE.equals(corporationOwned)) return null;
        return corporationId != null ? corporationId : soleCorporation;
    }
}
