package nl.voordeur.rights;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import nl.voordeur.shared.DutchZone;

/** Dates and moments as the export document prints them, in Dutch time. */
public final class DutchTime {

    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    public String at(Instant moment) {
        return moment == null ? "—" : MOMENT.format(moment.atZone(DutchZone.ZONE));
    }

    public String on(LocalDate date) {
        return date == null ? "—" : DAY.format(date);
    }
}
