package nl.voordeur.programme;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a coordinator fills in for a programme; the same for creating and editing. */
public record ProgrammeDetails(String name, String municipality, String neighbourhood, LocalDate startDate,
                               LocalDate endDate, BigDecimal budgetEuros, Integer plannedVisits,
                               Integer targetParticipationPct, Integer targetTrajectoryPct,
                               String areaDescription) {
}
