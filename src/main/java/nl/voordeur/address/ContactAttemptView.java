package nl.voordeur.address;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

public record ContactAttemptView(UUID id, UUID addressId, LocalDate date, Daypart daypart, Channel channel,
                                 Outcome outcome, String note, List<String> visitors, Instant recordedAt) {
}
