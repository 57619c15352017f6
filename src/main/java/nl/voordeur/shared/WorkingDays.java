package nl.voordeur.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Working-day calendar for the Netherlands, used for partner response deadlines such as
 * "the partner responds to a referral within N working days".
 *
 * <p>A working day is Monday to Friday and not one of these public holidays, which are the days
 * employers generally give off:
 * <ul>
 * <li>Nieuwjaarsdag (New Year's Day), 1 January;</li>
 * <li>Goede Vrijdag (Good Friday), Easter − 2. It is not a national day off by law, but many
 * collective agreements (cao's) give it, so it is treated as a holiday here;</li>
 * <li>Eerste en Tweede Paasdag (Easter Sunday and Easter Monday);</li>
 * <li>Koningsdag (King's Day) from 2014: 27 April, or Saturday 26 April when the 27th is a Sunday.
 * Before 2014 Koninginnedag (Queen's Day): 30 April, or Saturday 29 April when the 30th is a
 * Sunday;</li>
 * <li>Bevrijdingsdag (Liberation Day), 5 May, only in lustrum years (year divisible by 5),
 * because most employers give it off only once every five years;</li>
 * <li>Hemelvaartsdag (Ascension Day), Easter + 39;</li>
 * <li>Eerste en Tweede Pinksterdag (Whit Sunday and Whit Monday), Easter + 49 and + 50;</li>
 * <li>Eerste en Tweede Kerstdag (Christmas Day and Boxing Day), 25 and 26 December.</li>
 * </ul>
 *
 * <p>Easter is computed with the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. Holidays are
 * cached per year; the class is thread-safe.
 */
public final class WorkingDays {

    private static final int FIRST_KINGS_DAY_YEAR = 2014;
    private static final Map<Integer, Set<LocalDate>> HOLIDAYS = new ConcurrentHashMap<>();

    private WorkingDays() {
    }

    /** True for Monday to Friday when the date is not a public holiday. */
    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        boolean weekend = day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
        return !weekend && !publicHolidays(date.getYear()).contains(date);
    }

    /**
     * The date that lies {@code days} working days after {@code start}; the start itself is not
     * counted, and 0 days returns the start unchanged.
     *
     * @throws IllegalArgumentException when days is negative
     */
    public static LocalDate addWorkingDays(LocalDate start, int days) {
        requireNotNegative(days);
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) counted++;
        }
        return date;
    }

    /** The number of working days d with {@code from < d <= to}; 0 when to is not after from. */
    public static int between(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) count++;
        }
        return count;
    }

    /**
     * True when {@code today} is after the deadline, which is {@code allowedWorkingDays} working
     * days after {@code sent}. On the deadline itself the referral is not yet overdue.
     */
    public static boolean isOverdue(LocalDate sent, int allowedWorkingDays, LocalDate today) {
        return today.isAfter(addWorkingDays(sent, allowedWorkingDays));
    }

    /** The public holidays of the given year (see the class documentation); unmodifiable. */
    public static Set<LocalDate> publicHolidays(int year) {
        return HOLIDAYS.computeIfAbsent(year, WorkingDays::computeHolidays);
    }

    /** Easter Sunday in the Gregorian calendar (anonymous Meeus/Jones/Butcher algorithm). */
    static LocalDate easterSunday(int year) {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** King's Day from 2014, Queen's Day before; moved back to Saturday when it falls on a Sunday. */
    static LocalDate monarchsDay(int year) {
        int dayOfMonth = year >= FIRST_KINGS_DAY_YEAR ? 27 : 30;
        LocalDate date = LocalDate.of(year, Month.APRIL, dayOfMonth);
        return date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date;
    }

    private static Set<LocalDate> computeHolidays(int year) {
        LocalDate easter = easterSunday(year);
        Stream<LocalDate> fixed = Stream.of(LocalDate.of(year, Month.JANUARY, 1), monarchsDay(year),
                LocalDate.of(year, Month.DECEMBER, 25), LocalDate.of(year, Month.DECEMBER, 26));
        Stream<LocalDate> movable = Stream.of(-2L, 0L, 1L, 39L, 49L, 50L).map(easter::plusDays);
        Stream<LocalDate> liberation = year % 5 == 0 ? Stream.of(LocalDate.of(year, Month.MAY, 5)) : Stream.empty();
        // toUnmodifiableSet tolerates coinciding holidays, e.g. Ascension on 5 May 2005.
        return Stream.of(fixed, movable, liberation).flatMap(s -> s).collect(Collectors.toUnmodifiableSet());
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days must not be negative: " + days);
        }
    }
}
