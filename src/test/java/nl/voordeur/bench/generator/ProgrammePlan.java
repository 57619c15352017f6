package nl.voordeur.bench.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * How the households are spread over programmes: the first is a large city district (5 % of
 * all, 1,000–50,000 households), the others 1,000–12,000 each, in municipalities all over the country.
 */
final class ProgrammePlan {

    private ProgrammePlan() {
    }

    static List<Integer> sizes(long households, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Integer> sizes = new ArrayList<>();
        long left = households;
        int first = (int) Math.min(households, Math.max(1_000, Math.min(50_000, households / 20)));
        sizes.add(first);
        left -= first;
        while (left > 0) {
            int size = (int) Math.min(left, 1_000 + random.nextInt(11_001));
            if (left - size < 500) size = (int) left;
            sizes.add(size);
            left -= size;
        }
        return sizes;
    }

    static UUID id(long seed, int number) {
        return Ids.fixed(seed, Ids.Tag.PROGRAMME, number);
    }

    /** Programme {@code number} (1-based) with its team, dwellings, outreach, households and questions. */
    static Batch build(Ids ids, Staff staff, long seed, int number, int households) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + number);
        Batch batch = new Batch();
        UUID id = id(seed, number);
        String municipality = DutchData.MUNICIPALITIES.get((number - 1) % DutchData.MUNICIPALITIES.size());
        String neighbourhood = DutchData.pick(random, DutchData.NEIGHBOURHOODS);
        LocalDate start = LocalDate.of(2025, 1, 6).plusDays(random.nextInt(200));
        batch.table("programme.programme").row(id, "Achter de Voordeur " + neighbourhood + " " + municipality + " " + number,
                municipality, neighbourhood, start, start.plusYears(2), 250_000 + random.nextInt(500_000), households / 2,
                70, 50, null, "RUNNING", Staff.CREATED, 0);
        Staff.Team team = staff.team(batch, number, id, municipality, seed);
        for (UUID partner : staff.partnerOrganisations()) {
            batch.table("programme.partner").row(id, partner, 5 + random.nextInt(6), Instant.parse("2025-01-01T09:00:00Z"));
        }
        List<Streets.Dwelling> dwellings = Streets.build(batch, ids, random, id, municipality, households, start);
        List<Doorsteps.Visited> visited = Doorsteps.approach(batch, ids, random, id, municipality, dwellings, team, start);
        List<Homes.Home> homes = Homes.record(batch, ids, random, id, visited, team.caseManager());
        Questions questions = new Questions(batch, ids, random, id, team, staff.partnerOrganisations());
        homes.forEach(questions::raise);
        return batch;
    }
}
