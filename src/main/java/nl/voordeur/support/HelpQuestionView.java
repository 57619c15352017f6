package nl.voordeur.support;

import java.time.Instant;
import java.util.UUID;

import nl.voordeur.household.LifeDomain;

public record HelpQuestionView(UUID id, UUID householdId, UUID personId, LifeDomain domain, QuestionKind kind,
                               String description, Urgency urgency, HelpQuestionStatus status, String handler,
                               String outcome, Instant createdAt) {
}
