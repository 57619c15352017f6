package nl.voordeur.address;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * The outcome of an address import or of its preview: counts, and every rejected line with
 * the reason in the user's language.
 *
 * @param removed                addresses the list takes out of scope
 * @param removedVisited         of those, addresses that were visited (their history stays)
 * @param inScopeBefore          the programme's in-scope addresses before the import
 * @param confirmRemovalRequired whether applying the list needs an explicit confirmation of the removal:
 *                               it takes visited addresses or more than the configured share out of scope
 * @param ownerUnknown           valid rows marked as corporation dwellings whose corporation is not known
 */
public record ImportSummary(UUID pendingImportId, boolean applied, int valid, int invalid, int added, int unchanged,
                            int removed, int removedVisited, int inScopeBefore, boolean confirmRemovalRequired,
                            int ownerUnknown, List<LineError> errors) implements Serializable {

    public record LineError(int line, String column, String message) implements Serializable {
    }

    /** The share of the in-scope addresses the list takes out of scope, in whole percents. */
    public int removedPercent() {
        return inScopeBefore == 0 ? 0 : Math.round(removed * 100f / inScopeBefore);
    }
}
