package nl.voordeur.meldcode;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.voordeur.household.HelpQuestionRegistered;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.QuestionKind;

/**
 * A professional's signal of domestic violence opens a meldcode record at once. A plain
 * {@link EventListener}, not an application-module listener: the record is written in the same
 * transaction as the signal, so it exists when the request returns, or neither does. The signal's
 * text comes with the event: no read of the household's questions (which would be audited as a
 * read the user never made).
 */
@Component
class DomesticViolenceSignals {

    private final Meldcode meldcode;

    DomesticViolenceSignals(Meldcode meldcode) {
        this.meldcode = meldcode;
    }

    @EventListener
    void on(HelpQuestionRegistered event) {
        if (event.kind() != QuestionKind.SIGNAL || event.domain() != LifeDomain.DOMESTIC_VIOLENCE) return;
        meldcode.openFromSignal(event);
    }
}
