package nl.voordeur.address;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * An import refused as a whole, so nothing changed: it needs a choice the caller did not make
 * ({@link ImportChoice}), or has nothing to import. {@link #summary()} tells what it would have done.
 */
public class ImportRefused extends DomainRuleViolated {

    private final ImportSummary summary;

    ImportRefused(String messageKey, String field, ImportSummary summary, Object... arguments) {
        super(messageKey, field, arguments);
        this.summary = summary;
    }

    public ImportSummary summary() {
        return summary;
    }
}
