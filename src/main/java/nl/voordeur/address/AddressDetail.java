package nl.voordeur.address;

import java.time.Instant;
import java.util.List;

/** One address with its full history. */
public record AddressDetail(AddressView address, String bagId, Boolean corporationOwned, int version,
                            List<Event> history) {

    public record Event(Instant at, String kind, String detail, String by) {
    }
}
