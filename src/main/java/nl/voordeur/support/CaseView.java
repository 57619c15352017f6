package nl.voordeur.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.voordeur.household.LifeDomain;

/** A case with its plan and the change in self-sufficiency per domain for the persons it covers. */
public record CaseView(UUID id, UUID programmeId, UUID householdId, UUID ownerId, String ownerName, CaseStatus status,
                       CaseStatus.CloseReason closeReason, Instant openedAt, Instant closedAt, List<UUID> personIds,
                       List<Goal> goals, List<ScoreChange> scoreChanges, int version) {

    public record Goal(UUID id, String text, List<Action> actions) {
    }

    public record Action(UUID id, String text, UUID ownerId, String ownerName, LocalDate dueDate, boolean done) {
    }

    /** Mean first and last score of the covered persons in one domain, and the change between them. */
    public record ScoreChange(LifeDomain domain, double first, double last, double change, int persons) {
    }
}
