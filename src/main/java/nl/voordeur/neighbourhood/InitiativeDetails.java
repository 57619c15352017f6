package nl.voordeur.neighbourhood;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.PlausibleDates;

/** An activity in the neighbourhood as the coordinator records it; the description is optional. */
public record InitiativeDetails(String activity, LocalDate heldOn, String organiser, Integer participants,
                                Integer volunteers, String description) {

    /** More people than any neighbourhood activity draws; a bound so that no count is unbounded. */
    public static final int MAX_PEOPLE = 100_000;

    /** Every broken rule at once, each naming its field; the details trimmed when they are fine. */
    InitiativeDetails checked() {
        List<DomainRuleViolated> problems = new ArrayList<>();
        text(activity, "activity", 200, true, problems);
        if (heldOn == null || !PlausibleDates.contains(heldOn)) problems.add(new DomainRuleViolated("initiative.heldOn.required", "heldOn"));
        text(organiser, "organiser", 200, true, problems);
        count(participants, "participants", problems);
        count(volunteers, "volunteers", problems);
        text(description, "description", 1000, false, problems);
        DomainRuleViolated.throwAll(problems);
        return new InitiativeDetails(activity.strip(), heldOn, organiser.strip(), participants, volunteers,
                description == null || description.isBlank() ? null : description.strip());
    }

    private static void count(Integer value, String field, List<DomainRuleViolated> problems) {
        if (value == null || value < 0 || value > MAX_PEOPLE) {
            problems.add(new DomainRuleViolated("initiative.count.range", field, MAX_PEOPLE));
        }
    }

    private static void text(String value, String field, int max, boolean required, List<DomainRuleViolated> problems) {
        if (value == null || value.isBlank()) {
            if (required) problems.add(new DomainRuleViolated("initiative." + field + ".required", field));
        } else if (value.strip().length() > max) {
            problems.add(new DomainRuleViolated("indicator.field.tooLong", field, max));
        }
    }
}
