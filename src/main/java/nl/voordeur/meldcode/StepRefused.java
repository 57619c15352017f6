package nl.voordeur.meldcode;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import nl.voordeur.shared.DomainRuleViolated;

/** A meldcode step that may not be recorded now, or not like this; the message says why. */
public class StepRefused extends DomainRuleViolated {

    StepRefused(String messageKey, String field, Object... arguments) {
        super(messageKey, field, arguments);
    }

    /** The step's Dutch or English name, resolved when the message is rendered. */
    static DefaultMessageSourceResolvable label(MeldcodeStep step) {
        return new DefaultMessageSourceResolvable(new String[] {"meldcodeStep." + step.name()}, step.name());
    }
}
