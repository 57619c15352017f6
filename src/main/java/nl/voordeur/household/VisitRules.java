package nl.voordeur.household;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import nl.voordeur.shared.DomainRuleViolated;

/** What a visit must be before anything of it is written: dated, not in the future, with named members. */
final class VisitRules {

    private VisitRules() {
    }

    static void validate(NewVisit visit, Clock clock) {
        if (visit.date() == null) throw new DomainRuleViolated("visit.date.required", "date");
        if (visit.date().isAfter(LocalDate.now(clock))) throw new DomainRuleViolated("visit.date.future", "date");
        if (visit.members() == null || visit.members().isEmpty()) throw new DomainRuleViolated("visit.members.required", "members");
        if (visit.minutes() != null && (visit.minutes() < 1 || visit.minutes() > 1440)) {
            throw new DomainRuleViolated("visit.minutes.range", "minutes");
        }
        int thisYear = LocalDate.now(clock).getYear();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < visit.members().size(); i++) {
            var m = visit.members().get(i);
            if (m.name() != null && !seen.add(m.name().strip().toLowerCase(Locale.ROOT) + "|" + m.birthYear())) {
                throw new DomainRuleViolated("visit.member.duplicate", "members[" + i + "].name");
            }
            if (m.name() == null || m.name().isBlank()) throw new DomainRuleViolated("visit.members.required", "members[" + i + "].name");
            if (m.birthYear() != null && (m.birthYear() < thisYear - 120 || m.birthYear() > thisYear)) {
                throw new DomainRuleViolated("visit.member.birthYear.invalid", "members[" + i + "].birthYear");
            }
        }
    }
}
