package nl.voordeur.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import nl.voordeur.programme.ProgrammeDetails;

/**
 * One of the five programmes the product is built from (shared/seeds), with its real figures
 * and an address list generated on its real streets.
 */
record SeedProgramme(ProgrammeDetails details, List<Partner> partners, List<StreetBlock> streets,
                     int addresses, long seed) {

    record Partner(String organisation, int priorityResponseDays) {
    }

    /** A street with its four postcode digits, the letter pairs used on it and the highest house number. */
    record StreetBlock(String street, String postcodeDigits, String letters, int maxNumber) {
    }

    static ProgrammeDetails details(String name, String municipality, String neighbourhood, LocalDate start,
                                    LocalDate end, Integer budget, Integer plannedVisits, Integer participation,
                                    Integer trajectory, String area) {
        return new ProgrammeDetails(name, municipality, neighbourhood, start, end,
                budget == null ? null : BigDecimal.valueOf(budget), plannedVisits, participation, trajectory, area);
    }
}
