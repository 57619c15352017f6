package nl.voordeur.address;

import java.time.LocalTime;

public enum Daypart {
    MORNING, AFTERNOON, EVENING;

    /** The daypart of a moment: before noon, before six, or later. */
    public static Daypart at(LocalTime time) {
        if (time.isBefore(LocalTime.NOON)) return MORNING;
        return time.isBefore(LocalTime.of(18, 0)) ? AFTERNOON : EVENING;
    }
}
