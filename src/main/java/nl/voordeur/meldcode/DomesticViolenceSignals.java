package nl.voordeur.meldcode;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.voordeur.household.LifeDomain;
import nl.voordeur.support.HelpQuestionRegistered;
import nl.voordeur.support.HelpQuestionView;
import nl.voordeur.support.HelpQuestions;
import nl.voordeur.support.QuestionKind;

/**
 * A professional's signal of domestic violence opens a meldcode record at once. A plain
 * {@link EventListener}, not an application-module listener: the record is written in the same
 * transaction as the signal, so it exists when the request returns, or neither does.
 */
@Component
class DomesticViolenceSignals {

    private final Meldcode meldcode;
    private final HelpQuestions questions;

    DomesticViolenceSignals(Meldcode meldcode, HelpQuestions questions) {
        this.meldcode = meldcode;
        this.questions = questions;
    }

    @EventListener
    void on(HelpQuestionRegistered event) {
        if (event.kind() != QuestionKind.SIGNAL || event.domain() != LifeDomain.DOMESTIC_VIOLENCE) return;
        String description = questions.forHousehold(event.householdId()).stream()
                .filter(q -> q.id().equals(event.helpQuestionId())).map(HelpQuestionView::description)
                .findFirst().orElse(null);
        meldcode.openFromSignal(event, description);
    }
}
