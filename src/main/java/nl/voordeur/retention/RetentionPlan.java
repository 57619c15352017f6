package nl.voordeur.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the next run will do in one programme: per record kind the ids of the records that will
 * lose their personal data (or, for visit drafts, be deleted). Ids and kinds only, no content.
 */
public record RetentionPlan(UUID programmeId, String programmeName, LocalDate programmeEnd, int caseMonths,
                            int contactOnlyMonths, Map<String, List<String>> records) {

    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach((kind, ids) -> counts.put(kind, ids.size()));
        return counts;
    }

    public int total() {
        return records.values().stream().mapToInt(List::size).sum();
    }
}
