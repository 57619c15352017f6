package nl.voordeur.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest
    @CsvSource({ "2007,2007-04-08", "2018,2018-04-01", "2024,2024-03-31", "2025,2025-04-20",
            "2026,2026-04-05", "2027,2027-03-28" })
    void computesEasterSundayForKnownYears(int year, LocalDate easter) {
        assertThat(WorkingDays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void listsAllHolidaysOf2026WithoutLiberationDay() {
        // Easter 5 April: Good Friday 3, Easter Monday 6, Ascension 14 May, Pentecost 24 and 25 May.
        assertThat(WorkingDays.publicHolidays(2026)).containsExactlyInAnyOrder(date("2026-01-01"),
                date("2026-04-03"), date("2026-04-05"), date("2026-04-06"), date("2026-04-27"),
                date("2026-05-14"), date("2026-05-24"), date("2026-05-25"), date("2026-12-25"),
                date("2026-12-26"));
    }

    @Test
    void listsAllHolidaysOf2025IncludingLiberationDay() {
        // Easter 20 April: Good Friday 18, Easter Monday 21, Ascension 29 May, Pentecost 8 and 9 June.
        assertThat(WorkingDays.publicHolidays(2025)).containsExactlyInAnyOrder(date("2025-01-01"),
                date("2025-04-18"), date("2025-04-20"), date("2025-04-21"), date("2025-04-26"),
                date("2025-05-05"), date("2025-05-29"), date("2025-06-08"), date("2025-06-09"),
                date("2025-12-25"), date("2025-12-26"));
    }

    @Test
    void movesKingsDayToSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(WorkingDays.publicHolidays(2025)).contains(date("2025-04-26")).doesNotContain(date("2025-04-27"));
        assertThat(WorkingDays.publicHolidays(2014)).contains(date("2014-04-26")).doesNotContain(date("2014-04-27"));
        assertThat(WorkingDays.publicHolidays(2026)).contains(date("2026-04-27")).doesNotContain(date("2026-04-26"));
    }

    @Test
    void usesQueensDayOnThirtiethAprilBefore2014() {
        assertThat(WorkingDays.publicHolidays(2012)).contains(date("2012-04-30")).doesNotContain(date("2012-04-27"));
        // 30 April 2006 was a Sunday, so Queen's Day moved to Saturday 29 April.
        assertThat(WorkingDays.publicHolidays(2006)).contains(date("2006-04-29")).doesNotContain(date("2006-04-30"));
    }

    @Test
    void treatsLiberationDayAsHolidayOnlyInLustrumYears() {
        assertThat(WorkingDays.isWorkingDay(date("2025-05-05"))).isFalse(); // Monday, 2025 % 5 == 0
        assertThat(WorkingDays.isWorkingDay(date("2026-05-05"))).isTrue(); // Tuesday, not a lustrum year
    }

    @Test
    void toleratesHolidaysThatFallOnTheSameDay() {
        // In 2005 Ascension Day (Easter 27 March + 39) fell on Liberation Day, 5 May: 11 holidays, 10 dates.
        assertThat(WorkingDays.publicHolidays(2005)).contains(date("2005-05-05")).hasSize(10);
    }

    @Test
    void returnsAnUnmodifiableHolidaySet() {
        assertThatThrownBy(() -> WorkingDays.publicHolidays(2026).add(date("2026-06-01")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void excludesWeekendsAndHolidaysFromWorkingDays() {
        assertThat(WorkingDays.isWorkingDay(date("2026-04-28"))).isTrue(); // ordinary Tuesday
        assertThat(WorkingDays.isWorkingDay(date("2026-11-21"))).isFalse(); // Saturday
        assertThat(WorkingDays.isWorkingDay(date("2026-11-22"))).isFalse(); // Sunday
        assertThat(WorkingDays.isWorkingDay(date("2026-04-03"))).isFalse(); // Good Friday
        assertThat(WorkingDays.isWorkingDay(date("2026-05-14"))).isFalse(); // Ascension Day, Thursday
    }

    @Test
    void skipsTheWeekendWhenAddingWorkingDays() {
        // Fri 20 Nov; Sat 21 and Sun 22 skipped; Mon 23 (1), Tue 24 (2), Wed 25 (3).
        assertThat(WorkingDays.addWorkingDays(date("2026-11-20"), 3)).isEqualTo(date("2026-11-25"));
    }

    @Test
    void isOverdueOnlyAfterTheDeadlineDay() {
        assertThat(WorkingDays.isOverdue(date("2026-11-20"), 3, date("2026-11-25"))).isFalse();
        assertThat(WorkingDays.isOverdue(date("2026-11-20"), 3, date("2026-11-26"))).isTrue();
    }

    @Test
    void skipsKingsDay() {
        // Fri 24 Apr; Sat 25, Sun 26; Mon 27 Apr is King's Day; Tue 28 (1), Wed 29 (2).
        assertThat(WorkingDays.addWorkingDays(date("2026-04-24"), 2)).isEqualTo(date("2026-04-29"));
    }

    @Test
    void skipsGoodFridayAndEaster() {
        // Thu 2 Apr; Fri 3 Good Friday; Sat 4; Sun 5 Easter; Mon 6 Easter Monday; Tue 7 (1).
        assertThat(WorkingDays.addWorkingDays(date("2026-04-02"), 1)).isEqualTo(date("2026-04-07"));
    }

    @Test
    void skipsChristmasAndNewYear() {
        // Thu 24 Dec 2026; Fri 25 Christmas Day; Sat 26 Boxing Day; Sun 27;
        // Mon 28 (1), Tue 29 (2), Wed 30 (3), Thu 31 (4); Fri 1 Jan 2027 New Year's Day;
        // Sat 2; Sun 3; Mon 4 Jan 2027 (5).
        assertThat(WorkingDays.addWorkingDays(date("2026-12-24"), 3)).isEqualTo(date("2026-12-30"));
        assertThat(WorkingDays.addWorkingDays(date("2026-12-24"), 4)).isEqualTo(date("2026-12-31"));
        assertThat(WorkingDays.addWorkingDays(date("2026-12-24"), 5)).isEqualTo(date("2027-01-04"));
    }

    @Test
    void addingZeroWorkingDaysReturnsTheStartEvenOnAHoliday() {
        assertThat(WorkingDays.addWorkingDays(date("2026-11-20"), 0)).isEqualTo(date("2026-11-20"));
        assertThat(WorkingDays.addWorkingDays(date("2026-12-25"), 0)).isEqualTo(date("2026-12-25"));
    }

    @Test
    void refusesNegativeWorkingDays() {
        assertThatThrownBy(() -> WorkingDays.addWorkingDays(date("2026-11-20"), -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.isOverdue(date("2026-11-20"), -1, date("2026-11-30")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsWorkingDaysBetweenOverAWeekend() {
        // Fri 20 itself is excluded; Sat 21 and Sun 22 skipped; Mon 23, Tue 24, Wed 25 count.
        assertThat(WorkingDays.between(date("2026-11-20"), date("2026-11-25"))).isEqualTo(3);
    }

    @Test
    void countsWorkingDaysBetweenOverAHoliday() {
        // Sat 25, Sun 26 and King's Day Mon 27 are skipped: Tue 28 and Wed 29 count.
        assertThat(WorkingDays.between(date("2026-04-24"), date("2026-04-29"))).isEqualTo(2);
        // Christmas to New Year: Mon 28 to Thu 31 Dec and Mon 4 Jan.
        assertThat(WorkingDays.between(date("2026-12-24"), date("2027-01-04"))).isEqualTo(5);
    }

    @Test
    void countsZeroBetweenWhenToIsNotAfterFrom() {
        assertThat(WorkingDays.between(date("2026-11-25"), date("2026-11-25"))).isZero();
        assertThat(WorkingDays.between(date("2026-11-25"), date("2026-11-20"))).isZero();
    }

    @Test
    void betweenIsTheInverseOfAddWorkingDays() {
        LocalDate start = date("2026-04-01");
        for (int days = 0; days <= 60; days++) {
            assertThat(WorkingDays.between(start, WorkingDays.addWorkingDays(start, days))).isEqualTo(days);
        }
    }
}
