package nl.voordeur.meldcode;

import java.time.Instant;
import java.util.UUID;

/**
 * How a meldcode record began: for which household (and person, if known), from which signal
 * (a help question) or by hand, the concern in the opener's words, by whom and when.
 */
record Opening(UUID id, UUID programmeId, UUID householdId, UUID personId, UUID helpQuestionId, String concern,
               UUID openedBy, Instant openedAt) {
}
