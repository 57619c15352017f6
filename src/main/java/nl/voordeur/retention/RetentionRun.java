package nl.voordeur.retention;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * One logged run: when, dry or real, what triggered it ({@code SCHEDULE} or {@code USER}, with the
 * user's id), how many programmes it covered and how many records of each kind it anonymised or
 * deleted (a dry run: would have). {@code finishedAt} is empty while it runs or when it broke off.
 */
public record RetentionRun(UUID id, Instant startedAt, Instant finishedAt, boolean dryRun, String trigger,
                           UUID triggeredBy, int programmes, Map<String, Integer> counts) implements Serializable {

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
