package nl.voordeur.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.programme.Euros;
import nl.voordeur.programme.ProgrammeDetails;
import nl.voordeur.programme.ProgrammeView;

record ProgrammeForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 200) String municipality,
        @NotBlank @Size(max = 200) String neighbourhood,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        @Euros @NumberFormat(style = NumberFormat.Style.NUMBER) BigDecimal budgetEuros,
        @Min(0) @Max(ProgrammeApiController.MAX_VISITS) Integer plannedVisits,
        @Min(0) @Max(100) Integer targetParticipationPct,
        @Min(0) @Max(100) Integer targetTrajectoryPct,
        @Size(max = 2000) String areaDescription,
        Integer version) {

    static ProgrammeForm empty() {
        return new ProgrammeForm("", "", "", null, null, null, null, null, null, "", null);
    }

    static ProgrammeForm of(ProgrammeView p) {
        return new ProgrammeForm(p.name(), p.municipality(), p.neighbourhood(), p.startDate(), p.endDate(),
                p.budgetEuros(), p.plannedVisits(), p.targetParticipationPct(), p.targetTrajectoryPct(),
                p.areaDescription(), p.version());
    }

    ProgrammeDetails toDetails() {
        return new ProgrammeDetails(name, municipality, neighbourhood, startDate, endDate, budgetEuros, plannedVisits,
                targetParticipationPct, targetTrajectoryPct, areaDescription);
    }
}
