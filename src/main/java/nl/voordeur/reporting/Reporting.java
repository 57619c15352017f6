package nl.voordeur.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * A programme's figures for the kernteam (exact) and for the council (small cells suppressed,
 * see {@link Disclosure}). Contains no names of residents.
 */
@Service
@Transactional
public class Reporting {

    private final ProgrammeGuard guard;
    private final ProgrammeManagement programmes;
    private final ReportQueries queries;
    private final AuditLog auditLog;
    private final Clock clock;

    Reporting(ProgrammeGuard guard, ProgrammeManagement programmes, ReportQueries queries, AuditLog auditLog, Clock clock) {
        this.guard = guard;
        this.programmes = programmes;
        this.queries = queries;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Whether the current user sees exact figures (kernteam) or suppressed ones (council). */
    public boolean exactFor(UUID programmeId) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR, Role.COUNCIL);
        return guard.holdsAny(user, programmeId, Role.ADMIN, Role.COORDINATOR);
    }

    public Report report(UUID programmeId, LocalDate from, LocalDate to) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR, Role.COUNCIL);
        boolean wholeYear = from != null && to != null && from.getDayOfYear() == 1 && to.equals(from.withDayOfYear(from.lengthOfYear()));
        if ((from != null || to != null) && !wholeYear && !guard.holdsAny(user, programmeId, Role.ADMIN, Role.COORDINATOR)) {
            // suppressed figures over periods of one's own choosing could be subtracted from each other
            throw new DomainRuleViolated("report.council.period", "from");
        }
        ProgrammeView p = programmes.describe(programmeId);
        // null from/to: all time; the queries then carry no date filter
        var funnel = queries.funnel(programmeId, from, to);
        BigDecimal budget = p.budgetEuros();
        Report report = new Report(programmeId, p.name(), from, to, funnel.households(), funnel.contacted(), funnel.visited(),
                rate(funnel.contacted(), funnel.households()), rate(funnel.visited(), funnel.households()),
                p.targetParticipationPct(), funnel.personsVisited(), funnel.personsInTrajectory(),
                rate(funnel.personsInTrajectory(), funnel.personsVisited()), p.targetTrajectoryPct(),
                funnel.profile(), queries.domains(programmeId, from, to),
                queries.referrals(programmeId, from, to, LocalDate.now(clock)),
                funnel.visits(), p.plannedVisits(), money(budget, funnel.visits()), money(budget, funnel.households()),
                queries.outcomes(programmeId, from, to), queries.scoreChanges(programmeId, from, to),
                queries.visitsPerVisitor(programmeId, from, to), queries.trend(programmeId, from, to),
                queries.deploymentByOrganisation(programmeId, from, to), queries.deploymentByRole(programmeId, from, to),
                budget, neighbourhood(programmeId, from, to));
        auditLog.record(AuditRecord.of(AuditAction.READ, "Report", programmeId).inProgramme(programmeId));
        return report;
    }

    private Report.Neighbourhood neighbourhood(UUID programmeId, LocalDate from, LocalDate to) {
        var activities = queries.initiatives(programmeId, from, to);
        return new Report.Neighbourhood(activities.size(),
                activities.stream().mapToLong(Report.InitiativeLine::participants).sum(),
                activities.stream().mapToLong(Report.InitiativeLine::volunteers).sum(),
                activities, queries.indicators(programmeId, to));
    }

    /** The report as the current user may see it: exact for the kernteam, suppressed for the council. */
    public Object view(UUID programmeId, LocalDate from, LocalDate to) {
        Report report = report(programmeId, from, to);
        return exactFor(programmeId) ? report : Disclosure.json(report);
    }

    public BigDecimal budgetOf(UUID programmeId) {
        return programmes.describe(programmeId).budgetEuros();
    }

    public String municipalityOf(UUID programmeId) {
        return programmes.describe(programmeId).municipality();
    }

    /** The programmes of one municipality side by side, each as this user may see it. */
    public List<Comparison> compare(String municipality) {
        CurrentUser user = CurrentUser.require();
        return programmes.visible().stream()
                .filter(p -> p.municipality().equalsIgnoreCase(municipality))
                .filter(p -> guard.holdsAny(user, p.id(), Role.ADMIN, Role.COORDINATOR, Role.COUNCIL))
                .map(p -> {
                    boolean exact = exactFor(p.id());
                    Report report = report(p.id(), null, null);
                    return new Comparison(exact ? report : Disclosure.of(report), exact);
                })
                .toList();
    }

    /** One column of a comparison: the report and whether its counts may be shown exactly. */
    public record Comparison(Report report, boolean exact) {
    }

    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 3, RoundingMode.HALF_UP);
    }

    static BigDecimal money(BigDecimal budget, long count) {
        return budget == null || count == 0 ? null : budget.divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
    }
}
