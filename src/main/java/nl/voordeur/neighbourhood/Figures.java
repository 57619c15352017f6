package nl.voordeur.neighbourhood;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** An indicator's value as people read it: "12,5" in Dutch, "12.5" in English, "1.250" and "1,250" for thousands. */
public final class Figures {

    private Figures() {
    }

    public static String text(BigDecimal value, Locale locale) {
        if (value == null) return "—";
        DecimalFormat format = new DecimalFormat("#,##0.###", DecimalFormatSymbols.getInstance(locale));
        return format.format(value);
    }

    /** A change with its sign: "+2,5", "-3", "0". */
    public static String change(BigDecimal value, Locale locale) {
        if (value == null) return "—";
        return (value.signum() > 0 ? "+" : "") + text(value, locale);
    }
}
