package nl.voordeur.shared;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an amount as people type it in the Netherlands: "€ 48.500,00", "48.500", "48500",
 * "48500,50" or "€48.500,-". A dot groups thousands and a comma starts the cents; a plain
 * "48500.50" (one dot, two decimals, no comma) is read as the API writes it.
 */
public final class DutchMoney {

    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("\\d+(\\.\\d{1,2})?");
    private static final Pattern DUTCH = Pattern.compile("\\d+(,\\d{1,2})?");

    private DutchMoney() {
    }

    /** The amount, or empty when the text is no amount. Blank text is no amount either. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) return Optional.empty();
        String s = text.replace("€", "").replace("EUR", "").replaceAll("\\s", "").replace(",-", "").replace(",–", "");
        if (s.isEmpty()) return Optional.empty();
        if (s.contains(",")) {
            String whole = s.substring(0, s.indexOf(','));
            if (!whole.isEmpty() && whole.contains(".") && !THOUSANDS.matcher(whole).matches()) return Optional.empty();
            s = s.replace(".", "");
            return DUTCH.matcher(s).matches() ? Optional.of(new BigDecimal(s.replace(',', '.'))) : Optional.empty();
        }
        if (THOUSANDS.matcher(s).matches()) return Optional.of(new BigDecimal(s.replace(".", "")));
        return PLAIN.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
    }
}
