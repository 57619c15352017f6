package nl.voordeur.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small-cell suppression for everything that leaves the kernteam: a count under 5 shows as
 * "&lt;5", and so does the smallest other count of the same group when only one was hidden, so
 * it cannot be worked out from the total. Rates over a hidden count are hidden too.
 */
final class Suppression {

    static final int THRESHOLD = 5;
    static final String HIDDEN = "<5";

    private Suppression() {
    }

    /** The report as the council sees it: counts as text, small ones hidden. */
    static Map<String, Object> apply(Report r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("programmeId", r.programmeId());
        out.put("programmeName", r.programmeName());
        List<Object> funnel = group(List.of(r.households(), r.contacted(), r.visited()));
        out.put("households", funnel.get(0));
        out.put("contacted", funnel.get(1));
        out.put("visited", funnel.get(2));
        out.put("contactRate", hidden(funnel.get(1)) ? null : r.contactRate());
        out.put("visitRate", hidden(funnel.get(2)) ? null : r.visitRate());
        out.put("targetParticipationPct", r.targetParticipationPct());
        List<Object> persons = group(List.of(r.personsVisited(), r.personsInTrajectory()));
        out.put("personsVisited", persons.get(0));
        out.put("personsInTrajectory", persons.get(1));
        out.put("trajectoryRate", hidden(persons.get(1)) ? null : r.trajectoryRate());
        out.put("targetTrajectoryPct", r.targetTrajectoryPct());
        List<Object> profile = group(List.of(r.profile().none(), r.profile().single(), r.profile().multiple()));
        out.put("profile", Map.of("none", profile.get(0), "single", profile.get(1), "multiple", profile.get(2)));
        out.put("domains", r.domains().stream().map(d -> Map.of("domain", d.domain(), "count", cell(d.count()))).toList());
        out.put("referrals", r.referrals().stream().map(Suppression::partner).toList());
        List<Object> outcomes = group(r.outcomes().stream().map(Report.OutcomeCount::count).toList());
        List<Map<String, Object>> outcomeRows = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            outcomeRows.add(Map.of("outcome", r.outcomes().get(i).outcome(), "count", outcomes.get(i)));
        }
        out.put("outcomes", outcomeRows);
        out.put("visits", cell(r.visits()));
        out.put("plannedVisits", r.plannedVisits());
        out.put("costPerVisit", r.visits() < THRESHOLD ? null : r.costPerVisit());
        return out;
    }

    /**
     * One partner's row as the council sees it: sent, accepted, rejected, successful, overdue and
     * the median response in working days. The counts of a row add up to one another (sent is
     * accepted plus rejected plus the open and withdrawn ones), so when any of them is under the
     * threshold the whole row is hidden; the median is shown only over at least five referrals.
     */
    static List<Object> partnerRow(Report.PartnerFigures p) {
        List<Long> counts = List.of(p.sent(), p.accepted(), p.rejected(), p.completedSuccessfully(), p.overdue());
        boolean small = counts.stream().anyMatch(c -> hidden(cell(c)));
        List<Object> row = new ArrayList<>();
        counts.forEach(c -> row.add(small ? HIDDEN : c));
        row.add(small || p.sent() < THRESHOLD ? HIDDEN : p.medianResponseDays());
        return row;
    }

    private static Map<String, Object> partner(Report.PartnerFigures p) {
        List<Object> row = partnerRow(p);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("organisation", p.organisation());
        out.put("sent", row.get(0));
        out.put("accepted", row.get(1));
        out.put("rejected", row.get(2));
        out.put("completedSuccessfully", row.get(3));
        out.put("overdue", row.get(4));
        out.put("medianResponseDays", row.get(5));
        out.put("priorityResponseDays", p.priorityResponseDays());
        return out;
    }

    /** Hides counts under the threshold; if exactly one is hidden, also the smallest other non-zero one. */
    static List<Object> group(List<Long> counts) {
        List<Object> cells = new ArrayList<>(counts.stream().map(Suppression::cell).toList());
        long hiddenCount = cells.stream().filter(Suppression::hidden).count();
        if (hiddenCount == 1 && counts.size() > 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                if (!hidden(cells.get(i)) && (smallest < 0 || counts.get(i) < counts.get(smallest))) smallest = i;
            }
            if (smallest >= 0) cells.set(smallest, HIDDEN);
        }
        return cells;
    }

    static Object cell(long count) {
        return count > 0 && count < THRESHOLD ? HIDDEN : (Object) count;
    }

    static boolean hidden(Object cell) {
        return HIDDEN.equals(cell);
    }

}
