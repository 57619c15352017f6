package nl.voordeur.bench.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The outreach at every door of a programme, in seed 002's shares: 47 % visited (after an
 * appointment), 15 % a doorstep conversation, 13 % refused (together about 3/4 contacted),
 * 15 % never at home, 2 % moved or vacant, 8 % not approached yet. Visitors go in pairs per street;
 * a door takes one to four attempts, mostly "not at home" before the last.
 */
final class Doorsteps {

    record Visited(Streets.Dwelling dwelling, LocalDate date, Staff.User visitor, Staff.User partner) {
    }

    private static final String[] DAYPARTS = {"MORNING", "AFTERNOON", "EVENING"};

    private Doorsteps() {
    }

    static List<Visited> approach(Batch batch, Ids ids, SplittableRandom random, UUID programme, String city,
                                  List<Streets.Dwelling> dwellings, Staff.Team team, LocalDate start) {
        List<Visited> visited = new ArrayList<>(dwellings.size() / 2);
        Instant imported = start.atTime(9, 0).toInstant(ZoneOffset.UTC);
        String street = null;
        int pair = 0;
        for (Streets.Dwelling d : dwellings) {
            if (!d.street().equals(street)) {
                street = d.street();
                pair = random.nextInt(4);
            }
            Staff.User visitor = team.visitors().get(pair);
            Staff.User partner = team.visitors().get((pair + 1) % 4);
            batch.table("address.assignment").row(d.id(), visitor.id(), imported);
            batch.table("address.assignment").row(d.id(), partner.id(), imported);
            int r = random.nextInt(100);
            String finalOutcome = r < 47 ? "APPOINTMENT_MADE" : r < 62 ? "DOORSTEP_CONTACT" : r < 75 ? "REFUSED"
                    : r < 90 ? "NOT_HOME" : r < 91 ? "MOVED" : r < 92 ? "VACANT" : null;
            int attempts = finalOutcome == null ? 0 : finalOutcome.equals("NOT_HOME") ? 1 + random.nextInt(3)
                    : 1 + (random.nextInt(10) < 4 ? 1 : 0) + (random.nextInt(10) < 1 ? 1 : 0);
            LocalDate date = start.plusDays(7 + random.nextInt(200));
            String daypart = null;
            for (int a = 0; a < attempts; a++) {
                String outcome = a == attempts - 1 ? finalOutcome : "NOT_HOME";
                daypart = DAYPARTS[random.nextInt(3)];
                Instant at = date.atTime(10 + random.nextInt(9), random.nextInt(60)).toInstant(ZoneOffset.UTC);
                batch.table("address.contact_attempt").row(ids.next(Ids.Tag.ATTEMPT), d.id(), programme, date, daypart,
                        "DOOR", outcome, null, new UUID[] {visitor.id(), partner.id()}, visitor.id(), at);
                batch.table("address.address_event").row(d.id(), at, "CONTACT_ATTEMPT", outcome, visitor.id());
                if (a < attempts - 1) date = date.plusDays(2 + random.nextInt(12));
            }
            LocalDate visitDate = null;
            if ("APPOINTMENT_MADE".equals(finalOutcome)) {
                visitDate = date.plusDays(3 + random.nextInt(14));
                visited.add(new Visited(d, visitDate, visitor, partner));
                batch.table("address.address_event").row(d.id(), visitDate.atTime(14, 0).toInstant(ZoneOffset.UTC),
                        "VISIT", visitDate.toString(), visitor.id());
            }
            String status = visitDate != null ? "VISITED" : finalOutcome == null ? "IN_SCOPE" : finalOutcome;
            Instant updated = visitDate != null ? visitDate.atTime(14, 0).toInstant(ZoneOffset.UTC)
                    : attempts > 0 ? date.atTime(12, 0).toInstant(ZoneOffset.UTC) : imported;
            batch.table("address.address").row(d.id(), programme, d.postcode(), d.number(), d.letter(), d.addition(),
                    d.street(), city, bagId(d.id()), random.nextInt(10) < 6, status, true, imported, updated,
                    attempts, visitDate, daypart, attempts);
        }
        return visited;
    }

    private static String bagId(UUID id) {
        return String.format("%016d", Math.floorMod(id.getMostSignificantBits(), 10_000_000_000_000_000L));
    }
}
