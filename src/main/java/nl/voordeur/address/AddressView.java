package nl.voordeur.address;

import java.util.UUID;

/** An address as lists show it. */
public record AddressView(UUID id, UUID programmeId, String street, int houseNumber, String houseLetter,
                          String addition, String postcode, String city, AddressStatus status, boolean inScope) {

    /** "12A-2", "12 bis": the number as people write it. */
    public String number() {
        String letter = houseLetter == null ? "" : houseLetter;
        String extra = addition == null || addition.isEmpty() ? ""
                : (addition.chars().allMatch(Character::isDigit) || letter.isEmpty() && addition.length() == 1
                ? "-" : " ") + addition;
        return houseNumber + letter + extra;
    }

    /**
     * The address line in SQL (number joined with "-"), for read models that join
     * {@code address.address a}: such a module reads address's table, so it declares {@code address}
     * among its allowed dependencies ({@code SqlSchemaDependencyTests} sees the join).
     */
    public static final String LINE_SQL =
            "a.street || ' ' || a.house_number || a.house_letter || CASE WHEN a.addition = '' THEN '' ELSE '-' || a.addition END";

    public String line() {
        return street + " " + number();
    }
}
