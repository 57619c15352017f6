package nl.voordeur.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.voordeur.neighbourhood.Direction;

/** A programme's KPIs over a period (product.md). Rates are fractions with 3 decimals. */
public record Report(UUID programmeId, String programmeName, LocalDate from, LocalDate to,
                     long households, long contacted, long visited, BigDecimal contactRate, BigDecimal visitRate,
                     Integer targetParticipationPct, long personsVisited, long personsInTrajectory,
                     BigDecimal trajectoryRate, Integer targetTrajectoryPct, Profile profile,
                     List<DomainCount> domains, List<PartnerFigures> referrals, long visits, Integer plannedVisits,
                     BigDecimal costPerVisit, BigDecimal costPerHousehold, List<OutcomeCount> outcomes,
                     List<ScoreChange> scoreChanges, List<VisitorCount> visitsPerVisitor, List<MonthCount> trend,
                     List<Deployment> deploymentByOrganisation, List<Deployment> deploymentByRole,
                     BigDecimal budgetEuros, Neighbourhood neighbourhood) {

    /**
     * The neighbourhood half: the initiatives held in the period with their participants and volunteers,
     * and each area indicator's latest value (up to the period's end) against its baseline.
     */
    public record Neighbourhood(long initiatives, long participants, long volunteers, List<InitiativeLine> activities,
                                List<IndicatorLine> indicators) {
    }

    public record InitiativeLine(String activity, LocalDate heldOn, long participants, long volunteers) {
    }

    /** {@code change} is the latest value minus the baseline; {@code verdict} says whether that is the good direction. */
    public record IndicatorLine(String name, String unit, Direction direction, Integer baselineYear, BigDecimal baselineValue,
                                String baselineSource, Integer year, BigDecimal value, String source, BigDecimal change,
                                Direction.Verdict verdict) {
    }

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
