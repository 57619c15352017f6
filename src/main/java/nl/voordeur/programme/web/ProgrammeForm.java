package nl.voordeur.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.programme.Euros;
import nl.voordeur.programme.ProgrammeDetails;
import nl.voordeur.programme.ProgrammeView;

/**
 * The programme form. A bean, not a record: each field binds on its own, so a value that cannot
 * be read (an amount, a date) is reported with all other errors at once while every other typed
 * value stays in the form. The budget is read as people type it ({@link ProgrammeController}).
 */
public class ProgrammeForm {

    @NotBlank @Size(max = 200) private String name;
    @NotBlank @Size(max = 200) private String municipality;
    @NotBlank @Size(max = 200) private String neighbourhood;
    @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate startDate;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) private LocalDate endDate;
    @Euros private BigDecimal budgetEuros;
    @Min(0) @Max(ProgrammeApiController.MAX_VISITS) private Integer plannedVisits;
    @Min(0) @Max(100) private Integer targetParticipationPct;
    @Min(0) @Max(100) private Integer targetTrajectoryPct;
    @Size(max = 2000) private String areaDescription;
    private Integer version;

    static ProgrammeForm empty() {
        return new ProgrammeForm();
    }

    static ProgrammeForm of(ProgrammeView p) {
        ProgrammeForm form = new ProgrammeForm();
        form.name = p.name();
        form.municipality = p.municipality();
        form.neighbourhood = p.neighbourhood();
        form.startDate = p.startDate();
        form.endDate = p.endDate();
        form.budgetEuros = p.budgetEuros();
        form.plannedVisits = p.plannedVisits();
        form.targetParticipationPct = p.targetParticipationPct();
        form.targetTrajectoryPct = p.targetTrajectoryPct();
        form.areaDescription = p.areaDescription();
        form.version = p.version();
        return form;
    }

    ProgrammeDetails toDetails() {
        return new ProgrammeDetails(name, municipality, neighbourhood, startDate, endDate, budgetEuros, plannedVisits,
                targetParticipationPct, targetTrajectoryPct, areaDescription);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String municipality) { this.municipality = municipality; }
    public String getNeighbourhood() { return neighbourhood; }
    public void setNeighbourhood(String neighbourhood) { this.neighbourhood = neighbourhood; }
    public LocalDate getStartDate() { return startDate; }
    public void setStartDate(LocalDate startDate) { this.startDate = startDate; }
    public LocalDate getEndDate() { return endDate; }
    public void setEndDate(LocalDate endDate) { this.endDate = endDate; }
    public BigDecimal getBudgetEuros() { return budgetEuros; }
    public void setBudgetEuros(BigDecimal budgetEuros) { this.budgetEuros = budgetEuros; }
    public Integer getPlannedVisits() { return plannedVisits; }
    public void setPlannedVisits(Integer plannedVisits) { this.plannedVisits = plannedVisits; }
    public Integer getTargetParticipationPct() { return targetParticipationPct; }
    public void setTargetParticipationPct(Integer value) { this.targetParticipationPct = value; }
    public Integer getTargetTrajectoryPct() { return targetTrajectoryPct; }
    public void setTargetTrajectoryPct(Integer value) { this.targetTrajectoryPct = value; }
    public String getAreaDescription() { return areaDescription; }
    public void setAreaDescription(String areaDescription) { this.areaDescription = areaDescription; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer version) { this.version = version; }
}
