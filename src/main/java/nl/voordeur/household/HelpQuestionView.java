package nl.voordeur.household;

import java.time.Instant;
import java.util.UUID;


public record HelpQuestionView(UUID id, UUID householdId, UUID personId, LifeDomain domain, QuestionKind kind,
                               String description, Urgency urgency, HelpQuestionStatus status, String handler,
                               String outcome, Instant createdAt) {
}
