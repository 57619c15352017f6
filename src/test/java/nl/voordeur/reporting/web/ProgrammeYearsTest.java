package nl.voordeur.reporting.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 18: the report offers the programme's own years and defaults to the last complete one. */
class ProgrammeYearsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    @Test
    void aProgrammeOf2018And2019OffersThoseYearsAndDefaultsTo2019() {
        var years = ProgrammeYears.of(LocalDate.of(2018, 3, 1), LocalDate.of(2019, 12, 31), TODAY);
        assertThat(years.all()).containsExactly(2018, 2019);
        assertThat(years.lastComplete()).isEqualTo(2019);
    }

    @Test
    void aRunningProgrammeDefaultsToLastYearAndOffersThisYearToo() {
        var years = ProgrammeYears.of(LocalDate.of(2024, 9, 1), LocalDate.of(2027, 6, 30), TODAY);
        assertThat(years.all()).containsExactly(2024, 2025, 2026);
        assertThat(years.lastComplete()).isEqualTo(2025);
    }

    @Test
    void aProgrammeThatStartedThisYearHasNoCompleteYearSoTheWholePeriodIsTheDefault() {
        var years = ProgrammeYears.of(LocalDate.of(2026, 2, 1), null, TODAY);
        assertThat(years.all()).isEqualTo(List.of(2026));
        assertThat(years.lastComplete()).isNull();
    }
}
