package nl.voordeur.neighbourhood;

/** What an indicator import saved: the number of yearly values and of indicators they belong to. */
public record IndicatorImportResult(int values, int indicators) {
}
