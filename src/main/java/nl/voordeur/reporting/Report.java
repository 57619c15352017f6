package nl.voordeur.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A programme's KPIs over a period (product.md). Rates are fractions with 3 decimals. */
public record Report(UUID programmeId, String programmeName, LocalDate from, LocalDate to,
                     long households, long contacted, long visited, BigDecimal contactRate, BigDecimal visitRate,
                     Integer targetParticipationPct, long personsVisited, long personsInTrajectory,
                     BigDecimal trajectoryRate, Integer targetTrajectoryPct, Profile profile,
                     List<DomainCount> domains, List<PartnerFigures> referrals, long visits, Integer plannedVisits,
                     BigDecimal costPerVisit, BigDecimal costPerHousehold, List<OutcomeCount> outcomes,
                     List<ScoreChange> scoreChanges, List<VisitorCount> visitsPerVisitor, List<MonthCount> trend,
                     List<Deployment> deploymentByOrganisation, List<Deployment> deploymentByRole,
                     BigDecimal budgetEuros) {

    /** The kernteam's deployment: visits and the hours spent on them, per organisation or per role. */
    public record Deployment(String group, long visits, BigDecimal hours) {
    }

    public record Profile(long none, long single, long multiple) {
    }

    public record DomainCount(String domain, long count) {
    }

    public record PartnerFigures(UUID organisationId, String organisation, long sent, long accepted, long rejected,
                                 long completedSuccessfully, BigDecimal medianResponseDays, int priorityResponseDays,
                                 long overdue) {
    }

    public record OutcomeCount(String outcome, long count) {
    }

    public record ScoreChange(String domain, BigDecimal meanChange, long persons) {
    }

    public record VisitorCount(String visitor, long visits) {
    }

    public record MonthCount(String month, long contacts, long visits) {
    }
}
