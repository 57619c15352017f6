package nl.voordeur.programme;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record ProgrammeView(UUID id, String name, String municipality, String neighbourhood, LocalDate startDate,
                            LocalDate endDate, BigDecimal budgetEuros, Integer plannedVisits,
                            Integer targetParticipationPct, Integer targetTrajectoryPct, String areaDescription,
                            ProgrammeStatus status, int version) {
}
