package nl.voordeur.address;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * A contact attempt as a visitor records it. The recorder is always one of the visitors. A
 * {@code requestId} makes a retried request (after a dropped connection) record nothing twice.
 */
public record NewContactAttempt(LocalDate date, Daypart daypart, Channel channel, Outcome outcome, String note,
                                Set<UUID> visitorIds, UUID requestId) {

    public NewContactAttempt(LocalDate date, Daypart daypart, Channel channel, Outcome outcome, String note,
                             Set<UUID> visitorIds) {
        this(date, daypart, channel, outcome, note, visitorIds, null);
    }
}
