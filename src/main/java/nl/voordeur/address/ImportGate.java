package nl.voordeur.address;

import static nl.voordeur.address.MessageKeys.REFUSED_INVALID_ROWS;
import static nl.voordeur.address.MessageKeys.REFUSED_NO_VALID_ROWS;
import static nl.voordeur.address.MessageKeys.REFUSED_REMOVAL;

/**
 * When an address list may change the register; otherwise it is refused as a whole and nothing changes.
 * <ul>
 *   <li>A file with rejected rows imports nothing, unless the coordinator chose to import only the
 *       valid rows ({@link ImportChoice#onlyValid()}).</li>
 *   <li>A file without a single valid row imports nothing, whatever was chosen.</li>
 *   <li>A list that takes a visited address out of scope, or more than the configured share of the
 *       programme's in-scope addresses, needs an explicit confirmation
 *       ({@link ImportChoice#confirmRemoval()}).</li>
 * </ul>
 */
final class ImportGate {

    private final double maxRemovalShare;

    ImportGate(double maxRemovalShare) {
        this.maxRemovalShare = maxRemovalShare;
    }

    boolean removalNeedsConfirmation(AddressStaging.Counts counts) {
        return counts.removed() > 0
                && (counts.removedVisited() > 0 || counts.removed() > maxRemovalShare * counts.inScopeBefore());
    }

    /** Throws {@link ImportRefused} (so the caller's transaction rolls back) unless the import may go ahead. */
    void check(ImportSummary summary, ImportChoice choice) {
        if (summary.invalid() > 0 && !choice.onlyValid()) {
            throw new ImportRefused(REFUSED_INVALID_ROWS, "onlyValid", summary, summary.invalid(), summary.valid());
        }
        if (summary.valid() == 0) {
            throw new ImportRefused(REFUSED_NO_VALID_ROWS, "file", summary);
        }
        if (summary.confirmRemovalRequired() && !choice.confirmRemoval()) {
            throw new ImportRefused(REFUSED_REMOVAL, "confirmRemoval", summary, summary.removed(),
                    summary.inScopeBefore(), summary.removedVisited());
        }
    }
}
