package nl.voordeur.address;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns of an address file, with their Dutch (BAG) name and accepted header spellings. */
enum Column {

    POSTCODE("postcode", true, "postcode"),
    HOUSE_NUMBER("huisnummer", true, "house_number"),
    HOUSE_LETTER("huisletter", false, "house_letter"),
    ADDITION("toevoeging", false, "addition", "huisnummertoevoeging"),
    STREET("straat", true, "street"),
    CITY("woonplaats", true, "city"),
    BAG_ID("bag_id", false, "bagid", "identificatie"),
    CORPORATION("corporatie", false, "corporation");

    private static final Map<String, Column> BY_HEADER = byHeader();

    private final String dutchName;
    private final boolean required;
    private final List<String> aliases;

    Column(String dutchName, boolean required, String... aliases) {
        this.dutchName = dutchName;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The name used in problems and messages, e.g. {@code huisnummer}. */
    String dutchName() {
        return dutchName;
    }

    boolean required() {
        return required;
    }

    /**
     * The column a header cell names, or {@code null}. Case, surrounding spaces and quotes are
     * ignored; inner spaces and hyphens count as underscores ({@code House Number}).
     */
    static Column forHeader(String header) {
        return BY_HEADER.get(normalise(header));
    }

    static String normalise(String header) {
        String name = header.strip();
        int start = 0;
        int end = name.length();
        while (start < end && isQuote(name.charAt(start))) {
            start++;
        }
        while (end > start && isQuote(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end).strip().replaceAll("[\\s-]+", "_").toLowerCase(Locale.ROOT);
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\uFEFF';
    }

    private static Map<String, Column> byHeader() {
        Map<String, Column> map = new HashMap<>();
        for (Column column : values()) {
            map.put(column.dutchName, column);
            column.aliases.forEach(alias -> map.put(alias, column));
        }
        return Map.copyOf(map);
    }
}
