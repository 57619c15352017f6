package nl.voordeur.reporting;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a figure may show once it leaves the kernteam: to the council, and in every PDF and Excel
 * file. One rule for every count: under {@value #THRESHOLD}, zero included, it shows as "&lt;5";
 * from there on it is rounded to the nearest multiple of {@value #BASE}. Any two shown counts,
 * from any endpoint or period, then differ by a multiple of five (or by a hidden count), so no
 * subtraction of one answer from another reveals a count between 1 and 4 (differencing; see
 * docs/privacy/dpia.md). Rates, costs and means are worked out from the shown counts, never from
 * the exact ones, so they give nothing more away; a median needs five cases behind it.
 */
public final class Disclosure {

    public static final int THRESHOLD = 5;
    public static final int BASE = 5;
    /** A count that is not shown; rendered as {@link #HIDDEN_TEXT}. */
    public static final long HIDDEN = -1;
    public static final String HIDDEN_TEXT = "<5";

    private Disclosure() {
    }

    public static long count(long exact) {
        return exact < THRESHOLD ? HIDDEN : Math.round(exact / (double) BASE) * BASE;
    }

    public static boolean hidden(long shown) {
        return shown == HIDDEN;
    }

    /** A shown count as text: the number, or "&lt;5". */
    public static String text(long shown) {
        return hidden(shown) ? HIDDEN_TEXT : String.valueOf(shown);
    }

    /** A shown count for JSON: the number, or the text "&lt;5". */
    static Object cell(long shown) {
        return hidden(shown) ? HIDDEN_TEXT : (Object) shown;
    }

    /** The report with every count as it may leave the kernteam, and everything derived from those. */
    public static Report of(Report r) {
        long households = count(r.households());
        long contacted = count(r.contacted());
        long visited = count(r.visited());
        long personsVisited = count(r.personsVisited());
        long inTrajectory = count(r.personsInTrajectory());
        long visits = count(r.visits());
        return new Report(r.programmeId(), r.programmeName(), r.from(), r.to(), households, contacted, visited,
                rate(contacted, households), rate(visited, households), r.targetParticipationPct(), personsVisited,
                inTrajectory, rate(inTrajectory, personsVisited), r.targetTrajectoryPct(),
                new Report.Profile(count(r.profile().none()), count(r.profile().single()), count(r.profile().multiple())),
                r.domains().stream().map(d -> new Report.DomainCount(d.domain(), count(d.count()))).toList(),
                r.referrals().stream().map(Disclosure::partner).toList(),
                visits, r.plannedVisits(), money(r.budgetEuros(), visits), money(r.budgetEuros(), households),
                r.outcomes().stream().map(o -> new Report.OutcomeCount(o.outcome(), count(o.count()))).toList(),
                r.scoreChanges().stream().map(s -> new Report.ScoreChange(s.domain(),
                        s.persons() < THRESHOLD ? null : s.meanChange(), count(s.persons()))).toList(),
                r.visitsPerVisitor().stream().map(v -> new Report.VisitorCount(v.visitor(), count(v.visits()))).toList(),
                r.trend().stream().map(m -> new Report.MonthCount(m.month(), count(m.contacts()), count(m.visits()))).toList(),
                r.deploymentByOrganisation().stream().map(Disclosure::deployment).toList(),
                r.deploymentByRole().stream().map(Disclosure::deployment).toList(), r.budgetEuros(),
                neighbourhood(r.neighbourhood()));
    }

    /**
     * Participants and volunteers are counts of people like any other, in total and per initiative.
     * The number of initiatives counts public activities, which the report lists by name anyway, and
     * the indicators are area aggregates the coordinator typed in, not counts of people Voordeur
     * holds: both show as they are (docs/privacy/dpia.md).
     */
    private static Report.Neighbourhood neighbourhood(Report.Neighbourhood n) {
        return new Report.Neighbourhood(n.initiatives(), count(n.participants()), count(n.volunteers()),
                n.activities().stream().map(a -> new Report.InitiativeLine(a.activity(), a.heldOn(), count(a.participants()),
                        count(a.volunteers()))).toList(), n.indicators());
    }

    private static Report.PartnerFigures partner(Report.PartnerFigures p) {
        return new Report.PartnerFigures(p.organisationId(), p.organisation(), count(p.sent()), count(p.accepted()),
                count(p.rejected()), count(p.completedSuccessfully()),
                p.sent() < THRESHOLD ? null : p.medianResponseDays(), p.priorityResponseDays(), count(p.overdue()));
    }

    private static Report.Deployment deployment(Report.Deployment d) {
        return new Report.Deployment(d.group(), count(d.visits()), d.hours());
    }

    /** The council's report as JSON: counts as numbers or "&lt;5", with the fixed names of product.md. */
    static Map<String, Object> json(Report exact) {
        Report r = of(exact);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("programmeId", r.programmeId());
        out.put("programmeName", r.programmeName());
        out.put("from", r.from());
        out.put("to", r.to());
        out.put("households", cell(r.households()));
        out.put("contacted", cell(r.contacted()));
        out.put("visited", cell(r.visited()));
        out.put("contactRate", r.contactRate());
        out.put("visitRate", r.visitRate());
        out.put("targetParticipationPct", r.targetParticipationPct());
        out.put("personsVisited", cell(r.personsVisited()));
        out.put("personsInTrajectory", cell(r.personsInTrajectory()));
        out.put("trajectoryRate", r.trajectoryRate());
        out.put("targetTrajectoryPct", r.targetTrajectoryPct());
        out.put("profile", Map.of("none", cell(r.profile().none()), "single", cell(r.profile().single()),
                "multiple", cell(r.profile().multiple())));
        out.put("domains", r.domains().stream().map(d -> Map.of("domain", d.domain(), "count", cell(d.count()))).toList());
        out.put("referrals", r.referrals().stream().map(Disclosure::partnerJson).toList());
        out.put("outcomes", r.outcomes().stream().map(o -> Map.of("outcome", o.outcome(), "count", cell(o.count()))).toList());
        out.put("visits", cell(r.visits()));
        out.put("plannedVisits", r.plannedVisits());
        out.put("costPerVisit", r.costPerVisit());
        out.put("neighbourhood", neighbourhoodJson(r.neighbourhood()));
        return out;
    }

    private static Map<String, Object> neighbourhoodJson(Report.Neighbourhood n) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("initiatives", n.initiatives());
        out.put("participants", cell(n.participants()));
        out.put("volunteers", cell(n.volunteers()));
        out.put("activities", n.activities().stream().map(a -> {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("activity", a.activity());
            line.put("heldOn", a.heldOn());
            line.put("participants", cell(a.participants()));
            line.put("volunteers", cell(a.volunteers()));
            return line;
        }).toList());
        out.put("indicators", n.indicators());
        return out;
    }

    private static Map<String, Object> partnerJson(Report.PartnerFigures p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organisationId", p.organisationId());
        out.put("organisation", p.organisation());
        out.put("sent", cell(p.sent()));
        out.put("accepted", cell(p.accepted()));
        out.put("rejected", cell(p.rejected()));
        out.put("completedSuccessfully", cell(p.completedSuccessfully()));
        out.put("overdue", cell(p.overdue()));
        out.put("medianResponseDays", p.medianResponseDays());
        out.put("priorityResponseDays", p.priorityResponseDays());
        return out;
    }

    private static BigDecimal rate(long part, long whole) {
        return hidden(part) || hidden(whole) ? null : Reporting.rate(part, whole);
    }

    private static BigDecimal money(BigDecimal budget, long count) {
        return budget == null || hidden(count) ? null : Reporting.money(budget, count);
    }

    /** Renders counts in templates: exact for the kernteam, as disclosed otherwise; widths for the bar charts. */
    public record Cells(boolean exact) {

        public String of(long count) {
            return exact ? String.valueOf(count) : text(count);
        }

        public List<String> partner(Report.PartnerFigures p) {
            return List.of(of(p.sent()), of(p.accepted()), of(p.rejected()), of(p.completedSuccessfully()), of(p.overdue()),
                    p.medianResponseDays() == null ? "—" : p.medianResponseDays().toPlainString());
        }

        /** Bar width in percent of the largest value, for the SVG charts (a hidden count draws no bar). */
        public long width(long value, long max) {
            return max <= 0 || value <= 0 ? 0 : Math.round(100.0 * value / max);
        }
    }
}
