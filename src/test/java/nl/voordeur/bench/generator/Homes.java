package nl.voordeur.bench.generator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The visited households: sizes after CBS (39 % one person, 33 % two, 12 % three, 11 % four,
 * 5 % five or more: 2.1 on average), a visit with every member, one in ten visited twice, and
 * the audit entries the visit leaves (one CREATE per member, as {@code Households.recordVisit} writes).
 */
final class Homes {

    /** {@code questions}: how many help questions the visit raised (a third none, a third one, a third several). */
    record Home(UUID household, Doorsteps.Visited visit, UUID visitId, List<UUID> persons, int questions) {
    }

    private Homes() {
    }

    static List<Home> record(Batch batch, Ids ids, SplittableRandom random, UUID programme, List<Doorsteps.Visited> visits,
                             Staff.User caseManager) {
        List<Home> homes = new ArrayList<>(visits.size());
        for (Doorsteps.Visited v : visits) {
            UUID household = ids.next(Ids.Tag.HOUSEHOLD);
            Instant at = v.date().atTime(14, 0).toInstant(ZoneOffset.UTC);
            boolean volunteer = random.nextInt(10) == 0;
            boolean interpreter = random.nextInt(12) == 0;
            int q = random.nextInt(100);
            int questions = q < 31 ? 0 : q < 64 ? 1 : 2 + random.nextInt(3);
            batch.table("household.household").row(household, programme, v.dwelling().id(), volunteer ? Boolean.TRUE : null,
                    null, interpreter, interpreter ? "Arabisch" : null, random.nextInt(5) == 0 ? v.date().plusDays(60) : null,
                    questions > 1 ? caseManager.id() : null, at, at, 0);
            List<UUID> persons = members(batch, ids, random, household, at, v.date().getYear());
            UUID visitId = visit(batch, ids, random, household, v, v.date(), persons, programme);
            if (random.nextInt(10) == 0) visit(batch, ids, random, household, v, v.date().plusDays(60), persons, programme);
            homes.add(new Home(household, v, visitId, persons, questions));
        }
        return homes;
    }

    private static List<UUID> members(Batch batch, Ids ids, SplittableRandom random, UUID household, Instant at, int year) {
        int r = random.nextInt(100);
        int size = r < 39 ? 1 : r < 72 ? 2 : r < 84 ? 3 : r < 95 ? 4 : 5 + random.nextInt(2);
        String surname = DutchData.pick(random, DutchData.SURNAMES);
        int mainBorn = year - 22 - random.nextInt(65);
        boolean partner = size >= 2 && (size > 2 || random.nextInt(10) < 7);
        List<UUID> persons = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            String relation = k == 0 ? "MAIN_RESIDENT" : k == 1 && partner ? "PARTNER" : k == 1 ? "HOUSEMATE" : "CHILD";
            int born = switch (relation) {
                case "MAIN_RESIDENT" -> mainBorn;
                case "PARTNER", "HOUSEMATE" -> mainBorn - 5 + random.nextInt(11);
                default -> Math.min(year, mainBorn + 20 + random.nextInt(20));
            };
            UUID id = ids.next(Ids.Tag.PERSON);
            batch.table("household.person").row(id, household, DutchData.name(random, surname), born, relation,
                    at.plusSeconds(k));
            persons.add(id);
        }
        return persons;
    }

    private static UUID visit(Batch batch, Ids ids, SplittableRandom random, UUID household, Doorsteps.Visited v,
                              java.time.LocalDate date, List<UUID> persons, UUID programme) {
        UUID visitId = ids.next(Ids.Tag.VISIT);
        Instant at = date.atTime(15, random.nextInt(60)).toInstant(ZoneOffset.UTC);
        batch.table("household.visit").row(visitId, household, programme, date, new UUID[] {v.visitor().id(), v.partner().id()},
                v.visitor().id(), at, 30 + random.nextInt(61));
        for (int k = 0; k < persons.size(); k++) {
            batch.table("household.visit_member").row(visitId, persons.get(k), programme, k < 2 || random.nextBoolean());
            batch.audit(at, v.visitor(), "CREATE", "Visit", visitId, persons.get(k), programme);
        }
        return visitId;
    }
}
