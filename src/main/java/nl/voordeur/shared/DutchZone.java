package nl.voordeur.shared;

import java.time.ZoneId;

/**
 * The Netherlands' time zone, in which Voordeur's days begin and end. The application's
 * {@link java.time.Clock} carries it, so "today" is {@code LocalDate.now(clock)}: use this only
 * where no clock is at hand (a schedule, SQL, a moment turned into a date or a time of day).
 */
public final class DutchZone {

    /** For annotations ({@code @Scheduled(zone = DutchZone.ID)}) and SQL ({@code AT TIME ZONE}). */
    public static final String ID = "Europe/Amsterdam";

    public static final ZoneId ZONE = ZoneId.of(ID);

    private DutchZone() {
    }
}
