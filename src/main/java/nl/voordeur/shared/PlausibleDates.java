package nl.voordeur.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The one range of years the application takes as input: 1900 to 2200. Every date, moment and
 * year that arrives in a request is checked against it (JSON bodies, request parameters and
 * {@link PlausibleYear} fields), so a year such as 0 or 323128845 never reaches a query.
 */
public final class PlausibleDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;
    private static final Instant FIRST_MOMENT = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant END_MOMENT = LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private PlausibleDates() {
    }

    public static boolean contains(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public static boolean contains(LocalDate date) {
        return contains(date.getYear());
    }

    public static boolean contains(Instant moment) {
        return !moment.isBefore(FIRST_MOMENT) && moment.isBefore(END_MOMENT);
    }
}
