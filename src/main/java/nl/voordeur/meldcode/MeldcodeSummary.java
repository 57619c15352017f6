package nl.voordeur.meldcode;

import java.time.Instant;
import java.util.UUID;

/** One line of a queue: an open (or closed) record and the step it waits for. */
public record MeldcodeSummary(UUID id, UUID programmeId, UUID householdId, UUID personId, String concern,
                              MeldcodeStatus status, Instant openedAt, MeldcodeStep nextStep) {
}
