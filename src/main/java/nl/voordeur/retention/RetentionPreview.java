package nl.voordeur.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** A dry run: what a run today would do in each of the privacy officer's programmes. Logged as {@code runId}. */
public record RetentionPreview(UUID runId, LocalDate date, Map<String, Integer> counts, int total,
                               List<RetentionPlan> programmes) {

    static RetentionPreview of(UUID runId, LocalDate date, List<RetentionPlan> programmes) {
        Map<String, Integer> counts = new TreeMap<>();
        programmes.forEach(p -> p.counts().forEach((kind, n) -> counts.merge(kind, n, Integer::sum)));
        return new RetentionPreview(runId, date, counts, programmes.stream().mapToInt(RetentionPlan::total).sum(), programmes);
    }
}
