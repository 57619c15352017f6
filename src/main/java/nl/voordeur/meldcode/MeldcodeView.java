package nl.voordeur.meldcode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A meldcode record with its steps so far, for those who may see it. */
public record MeldcodeView(UUID id, UUID programmeId, UUID householdId, UUID personId, UUID helpQuestionId,
                           String concern, MeldcodeStatus status, UUID openedBy, Instant openedAt,
                           MeldcodeStep nextStep, boolean unsafetyFound, List<StepTaken> steps) {
}
