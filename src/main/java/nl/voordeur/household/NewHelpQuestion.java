package nl.voordeur.household;

import java.util.UUID;


/** A help question, signal or opportunity to register for one member of a household (no urgency: NORMAL). */
public record NewHelpQuestion(UUID personId, LifeDomain domain, QuestionKind kind, String description, Urgency urgency) {

    Urgency urgencyOrNormal() {
        return urgency == null ? Urgency.NORMAL : urgency;
    }
}
