package nl.voordeur.meldcode;

import java.time.Instant;
import java.util.UUID;

/** A recorded step: when, by whom, the note, and the answers that belong to step 4 or 5. */
public record StepTaken(MeldcodeStep step, Instant at, UUID by, String note, Boolean acuteUnsafety,
                        Boolean structuralUnsafety, Decision decision) {

    public int number() {
        return step.number();
    }

    boolean foundUnsafety() {
        return Boolean.TRUE.equals(acuteUnsafety) || Boolean.TRUE.equals(structuralUnsafety);
    }
}
