package nl.voordeur.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * What a visit must be before anything of it is written: dated, not in the future, with named
 * members, a plausible year of birth each, and a revisit after the visit. Every broken rule
 * is reported at once, each naming its field, so the visitor at the door corrects them in one go.
 */
final class VisitRules {

    private VisitRules() {
    }

    static void validate(NewVisit visit, Clock clock) {
        DomainRuleViolated.throwAll(violations(visit, clock));
    }

    static List<DomainRuleViolated> violations(NewVisit visit, Clock clock) {
        List<DomainRuleViolated> found = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (visit.date() == null) found.add(new DomainRuleViolated("visit.date.required", "date"));
        else if (visit.date().isAfter(today)) found.add(new DomainRuleViolated("visit.date.future", "date"));
        if (visit.minutes() != null && (visit.minutes() < 1 || visit.minutes() > 1440)) {
            found.add(new DomainRuleViolated("visit.minutes.range", "minutes"));
        }
        LocalDate revisit = visit.intake() == null ? null : visit.intake().revisitDate();
        if (revisit != null && visit.date() != null && !revisit.isAfter(visit.date())) { // a visit entered late keeps its revisit
            found.add(new DomainRuleViolated("visit.revisitDate.past", "revisitDate"));
        }
        if (visit.members() == null || visit.members().isEmpty()) {
            found.add(new DomainRuleViolated("visit.members.required", "members[0].name"));
            return found;
        }
        int thisYear = today.getYear();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < visit.members().size(); i++) {
            var m = visit.members().get(i);
            int number = i + 1;
            if (m.name() == null || m.name().isBlank()) {
                found.add(new DomainRuleViolated("visit.member.name.required", "members[" + i + "].name", number));
            } else if (!seen.add(m.name().strip().toLowerCase(Locale.ROOT) + "|" + m.birthYear())) {
                found.add(new DomainRuleViolated("visit.member.duplicate", "members[" + i + "].name", number));
            }
            if (m.birthYear() != null && (m.birthYear() < thisYear - 120 || m.birthYear() > thisYear)) {
                found.add(new DomainRuleViolated("visit.member.birthYear.invalid", "members[" + i + "].birthYear",
                        number, String.valueOf(thisYear - 120), String.valueOf(thisYear)));
            }
        }
        return found;
    }
}
