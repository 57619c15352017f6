package nl.voordeur.household;

import java.util.UUID;

/**
 * A help question, signal or opportunity was registered, with what it says: a listener in the
 * same transaction (the meldcode's) needs the text and must not fetch it through an audited read.
 */
public record HelpQuestionRegistered(UUID helpQuestionId, UUID programmeId, UUID householdId, UUID personId,
                                     LifeDomain domain, QuestionKind kind, Urgency urgency, String description,
                                     UUID registeredBy) {
}
