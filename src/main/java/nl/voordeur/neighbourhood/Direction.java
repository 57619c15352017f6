package nl.voordeur.neighbourhood;

import java.math.BigDecimal;

/** Which way an indicator should move: fewer nuisance reports is better, more neighbours known is better. */
public enum Direction {
    HIGHER_IS_BETTER, LOWER_IS_BETTER;

    /**
     * How a later value compares with the baseline, or null when there is nothing to compare: no
     * baseline, no value, or no value from after the baseline year.
     */
    public Verdict verdict(Integer baselineYear, BigDecimal baseline, Integer year, BigDecimal value) {
        if (baseline == null || value == null || baselineYear == null || year == null || year <= baselineYear) return null;
        int sign = value.compareTo(baseline);
        if (sign == 0) return Verdict.SAME;
        return (sign > 0) == (this == HIGHER_IS_BETTER) ? Verdict.BETTER : Verdict.WORSE;
    }

    /** An indicator's latest value against its baseline. */
    public enum Verdict {
        BETTER, SAME, WORSE
    }
}
