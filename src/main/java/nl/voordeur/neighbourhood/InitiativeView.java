package nl.voordeur.neighbourhood;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.NonNull;

/** An initiative in the register; {@code version} guards edits. */
public record InitiativeView(@NonNull UUID id, @NonNull UUID programmeId, @NonNull String activity,
                             @NonNull LocalDate heldOn, @NonNull String organiser, int participants, int volunteers,
                             String description, int version) {
}
