package nl.voordeur.neighbourhood;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.PlausibleDates;

/**
 * What the coordinator says about an indicator. The baseline is optional but whole (year, value
 * and source together); {@code values} null means "leave the yearly values as they are".
 */
public record IndicatorDetails(String name, String unit, Direction direction, Integer baselineYear,
                               BigDecimal baselineValue, String baselineSource, List<YearValue> values) {

    /** The largest value an indicator takes (its column, numeric(15, 3), holds a little more). */
    static final BigDecimal LIMIT = new BigDecimal("999999999999");

    /** Every broken rule at once, each naming its field; the details trimmed when they are fine. */
    IndicatorDetails checked() {
        List<DomainRuleViolated> problems = new ArrayList<>();
        text(name, "name", 200, problems);
        text(unit, "unit", 50, problems);
        if (direction == null) problems.add(new DomainRuleViolated("indicator.direction.required", "direction"));
        boolean anyBaseline = baselineYear != null || baselineValue != null || !blank(baselineSource);
        if (anyBaseline) {
            if (baselineYear == null || !PlausibleDates.contains(baselineYear)) {
                problems.add(new DomainRuleViolated("indicator.baselineYear.required", "baselineYear"));
            }
            if (baselineValue == null || !inRange(baselineValue)) {
                problems.add(new DomainRuleViolated("indicator.value.range", "baselineValue"));
            }
            text(baselineSource, "baselineSource", 200, problems);
        }
        if (values != null) checkValues(problems);
        DomainRuleViolated.throwAll(problems);
        return new IndicatorDetails(name.strip(), unit.strip(), direction, baselineYear, baselineValue,
                anyBaseline ? baselineSource.strip() : null, values == null ? null : values.stream()
                .map(v -> new YearValue(v.year(), v.value(), v.source().strip())).toList());
    }

    private void checkValues(List<DomainRuleViolated> problems) {
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            YearValue v = values.get(i);
            String at = "values[" + i + "].";
            if (v == null) {
                problems.add(new DomainRuleViolated("indicator.value.range", "values[" + i + "]"));
                continue;
            }
            if (!PlausibleDates.contains(v.year())) problems.add(new DomainRuleViolated("error.year.range", at + "year"));
            else if (!years.add(v.year())) problems.add(new DomainRuleViolated("indicator.year.twice", at + "year", v.year()));
            if (v.value() == null || !inRange(v.value())) problems.add(new DomainRuleViolated("indicator.value.range", at + "value"));
            text(v.source(), at + "source", 200, problems);
        }
    }

    static boolean inRange(BigDecimal value) {
        return value.abs().compareTo(LIMIT) <= 0 && value.stripTrailingZeros().scale() <= 3;
    }

    private static void text(String value, String field, int max, List<DomainRuleViolated> problems) {
        String key = field.contains(".") ? field.substring(field.lastIndexOf('.') + 1) : field;
        if (blank(value)) problems.add(new DomainRuleViolated("indicator." + key + ".required", field));
        else if (value.strip().length() > max) problems.add(new DomainRuleViolated("indicator.field.tooLong", field, max));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
