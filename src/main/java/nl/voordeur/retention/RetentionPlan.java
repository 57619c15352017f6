package nl.voordeur.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What the next run will do in one programme: per record kind how many and which records will
 * lose their personal data (or, for visit drafts, be deleted). Ids and kinds only, no content.
 */
public record RetentionPlan(UUID programmeId, String programmeName, LocalDate programmeEnd, int caseMonths,
                            int contactOnlyMonths, Map<String, Integer> counts, int total,
                            Map<String, List<String>> records) {

    static RetentionPlan of(Expiry.Programme programme, RetentionPolicy policy, Map<String, List<String>> records) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach((kind, ids) -> counts.put(kind, ids.size()));
        return new RetentionPlan(programme.id(), programme.name(), programme.endDate(), policy.caseMonths(),
                policy.contactOnlyMonths(), counts, records.values().stream().mapToInt(List::size).sum(), records);
    }
}
