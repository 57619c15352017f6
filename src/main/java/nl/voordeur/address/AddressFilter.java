package nl.voordeur.address;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A register filter. The free search understands a postcode ("5701", "5701 AB"), a house
 * number ("12"), a postcode with a number ("5701 AB 12"), a street ("Spoor") or a street with a number
 * ("Spoorstraat 12").
 */
public record AddressFilter(AddressStatus status, String street, String search, boolean outOfScope, UUID visitorId) {

    private static final Pattern POSTCODE = Pattern.compile("^(\\d{4})\\s*([A-Za-z]{0,2})$");
    private static final Pattern POSTCODE_NUMBER = Pattern.compile("^(\\d{4})\\s*([A-Za-z]{2})\\s+(\\d{1,5})\\s*[A-Za-z]?$");
    private static final Pattern STREET_NUMBER = Pattern.compile("^(.*\\D)\\s+(\\d{1,5})\\s*[A-Za-z]?$");

    public static AddressFilter none() {
        return new AddressFilter(null, null, null, false, null);
    }

    record Search(String postcodePrefix, Integer houseNumber, String streetPrefix) {
    }

    Search parsedSearch() {
        if (search == null || search.isBlank()) return new Search(null, null, null);
        String q = search.strip();
        Matcher postcode = POSTCODE.matcher(q);
        if (postcode.matches()) {
            String letters = postcode.group(2).toUpperCase(Locale.ROOT);
            return new Search(postcode.group(1) + (letters.isEmpty() ? "" : " " + letters), null, null);
        }
        Matcher postcodeNumber = POSTCODE_NUMBER.matcher(q);
        if (postcodeNumber.matches()) {
            return new Search(postcodeNumber.group(1) + " " + postcodeNumber.group(2).toUpperCase(Locale.ROOT),
                    Integer.parseInt(postcodeNumber.group(3)), null);
        }
        if (q.matches("\\d{1,5}")) return new Search(null, Integer.parseInt(q), null);
        Matcher streetNumber = STREET_NUMBER.matcher(q);
        if (streetNumber.matches()) {
            return new Search(null, Integer.parseInt(streetNumber.group(2)), streetNumber.group(1).strip().toLowerCase(Locale.ROOT));
        }
        return new Search(null, null, q.toLowerCase(Locale.ROOT));
    }
}
