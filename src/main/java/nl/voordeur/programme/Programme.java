package nl.voordeur.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import nl.voordeur.shared.DomainRuleViolated;

@Table(schema = "programme", name = "programme")
class Programme {

    @Id
    private final UUID id;
    private String name;
    private String municipality;
    private String neighbourhood;
    private LocalDate startDate;
    private LocalDate endDate;
    private BigDecimal budgetEuros;
    private Integer plannedVisits;
    private Integer targetParticipationPct;
    private Integer targetTrajectoryPct;
    private String areaDescription;
    private ProgrammeStatus status;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Programme(UUID id, String name, String municipality, String neighbourhood, LocalDate startDate, LocalDate endDate,
              BigDecimal budgetEuros, Integer plannedVisits, Integer targetParticipationPct,
              Integer targetTrajectoryPct, String areaDescription, ProgrammeStatus status, Instant createdAt,
              Integer version) {
        this.id = id;
        this.name = name;
        this.municipality = municipality;
        this.neighbourhood = neighbourhood;
        this.startDate = startDate;
        this.endDate = endDate;
        this.budgetEuros = budgetEuros;
        this.plannedVisits = plannedVisits;
        this.targetParticipationPct = targetParticipationPct;
        this.targetTrajectoryPct = targetTrajectoryPct;
        this.areaDescription = areaDescription;
        this.status = status;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Programme create(ProgrammeDetails details, Instant now) {
        Programme programme = new Programme(UUID.randomUUID(), null, null, null, null, null, null, null, null, null,
                null, ProgrammeStatus.IN_PREPARATION, now, null);
        programme.change(details);
        return programme;
    }

    /** Applies new details after checking them; names the field of the first problem. */
    void change(ProgrammeDetails d) {
        require(d.name(), "name");
        require(d.municipality(), "municipality");
        require(d.neighbourhood(), "neighbourhood");
        if (d.startDate() == null) throw new DomainRuleViolated("programme.startDate.required", "startDate");
        if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            throw new DomainRuleViolated("programme.endDate.beforeStart", "endDate");
        }
        if (d.budgetEuros() != null && d.budgetEuros().signum() < 0) {
            throw new DomainRuleViolated("programme.budget.negative", "budgetEuros");
        }
        if (d.plannedVisits() != null && d.plannedVisits() < 0) {
            throw new DomainRuleViolated("programme.plannedVisits.negative", "plannedVisits");
        }
        percentage(d.targetParticipationPct(), "targetParticipationPct");
        percentage(d.targetTrajectoryPct(), "targetTrajectoryPct");
        this.name = d.name().strip();
        this.municipality = d.municipality().strip();
        this.neighbourhood = d.neighbourhood().strip();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.budgetEuros = d.budgetEuros();
        this.plannedVisits = d.plannedVisits();
        this.targetParticipationPct = d.targetParticipationPct();
        this.targetTrajectoryPct = d.targetTrajectoryPct();
        this.areaDescription = d.areaDescription() == null ? null : d.areaDescription().strip();
    }

    void moveTo(ProgrammeStatus next) {
        boolean allowed = switch (status) {
            case IN_PREPARATION -> next == ProgrammeStatus.RUNNING || next == ProgrammeStatus.CLOSED;
            case RUNNING -> next == ProgrammeStatus.CLOSED;
            case CLOSED -> next == ProgrammeStatus.RUNNING;
        };
        if (!allowed) throw new DomainRuleViolated("programme.status.illegal", "status", status, next);
        this.status = next;
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) throw new DomainRuleViolated("programme." + field + ".required", field);
        if (value.length() > 200) throw new DomainRuleViolated("programme.field.tooLong", field);
    }

    private static void percentage(Integer value, String field) {
        if (value != null && (value < 0 || value > 100)) {
            throw new DomainRuleViolated("programme.percentage.range", field);
        }
    }

    UUID id() { return id; }

    Integer version() { return version; }

    ProgrammeView view() {
        return new ProgrammeView(id, name, municipality, neighbourhood, startDate, endDate, budgetEuros,
                plannedVisits, targetParticipationPct, targetTrajectoryPct, areaDescription, status,
                version == null ? 0 : version);
    }
}
