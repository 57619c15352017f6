package nl.voordeur.support;

import java.util.UUID;

import nl.voordeur.household.LifeDomain;

/** A help question, signal or opportunity was registered. */
public record HelpQuestionRegistered(UUID helpQuestionId, UUID programmeId, UUID householdId, UUID personId,
                                     LifeDomain domain, QuestionKind kind, Urgency urgency, UUID registeredBy) {
}
