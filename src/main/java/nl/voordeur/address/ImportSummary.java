package nl.voordeur.address;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of an address import or of its preview: counts, and every rejected line with
 * the reason in the user's language.
 */
public record ImportSummary(UUID pendingImportId, boolean applied, int valid, int invalid, int added, int unchanged,
                            int removed, List<LineError> errors) implements Serializable {

    public record LineError(int line, String column, String message) implements Serializable {
    }
}
