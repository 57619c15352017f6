package nl.voordeur.neighbourhood;

import java.math.BigDecimal;

/** An indicator's value in one year, and where the figure comes from (a register, a survey, "demo"). */
public record YearValue(int year, BigDecimal value, String source) {
}
