package nl.voordeur.neighbourhood;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.NonNull;

/** An area indicator with its baseline and yearly values (oldest first); {@code version} guards edits. */
public record IndicatorView(@NonNull UUID id, @NonNull UUID programmeId, @NonNull String name, @NonNull String unit,
                            @NonNull Direction direction, Integer baselineYear, BigDecimal baselineValue,
                            String baselineSource, @NonNull List<YearValue> values, int version) {

    /** The value of the latest year, if any. */
    public YearValue latest() {
        return values.isEmpty() ? null : values.getLast();
    }

    public Direction.Verdict verdict() {
        YearValue latest = latest();
        return latest == null ? null : direction.verdict(baselineYear, baselineValue, latest.year(), latest.value());
    }
}
