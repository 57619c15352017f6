package nl.voordeur.bench.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/** A case for a household with questions in several domains: owner, persons, a plan, and ZRM-style scores. */
final class Cases {

    private Cases() {
    }

    static void open(Batch batch, Ids ids, SplittableRandom random, UUID programme, Staff.User owner, Homes.Home home,
                     Set<UUID> persons, List<String> domains, Instant at) {
        UUID id = ids.next(Ids.Tag.CASE);
        int r = random.nextInt(100);
        String status = r < 15 ? "OPEN" : r < 60 ? "ACTIVE" : r < 80 ? "MONITORING" : "CLOSED";
        Instant opened = at.plusSeconds(86_400L * (2 + random.nextInt(10)));
        Instant activated = status.equals("OPEN") ? null : opened.plusSeconds(86_400L * (3 + random.nextInt(20)));
        Instant closed = status.equals("CLOSED") ? activated.plusSeconds(86_400L * (60 + random.nextInt(200))) : null;
        Instant last = closed != null ? closed : activated != null ? activated : opened;
        batch.table("support.support_case").row(id, programme, home.household(), owner.id(), status,
                closed == null ? null : "GOALS_MET", opened, activated, closed, last, status.equals("OPEN") ? 0 : 3);
        for (UUID person : persons) batch.table("support.case_person").row(id, person);
        if (activated != null) {
            UUID goal = ids.next(Ids.Tag.GOAL);
            batch.table("support.plan_goal").row(goal, id, "Financiën op orde en weer meedoen in de buurt", activated);
            LocalDate due = LocalDate.ofInstant(activated, ZoneOffset.UTC).plusDays(30);
            batch.table("support.plan_action").row(ids.next(Ids.Tag.ACTION), id, goal, "Samen de post doornemen",
                    owner.id(), due, closed, activated);
        }
        UUID main = home.persons().getFirst();
        LocalDate first = LocalDate.ofInstant(opened, ZoneOffset.UTC);
        for (String domain : domains) {
            int score = 1 + random.nextInt(3);
            batch.table("household.score").row(ids.next(Ids.Tag.SCORE), main, domain, score, first, owner.id(), opened);
            if (closed != null || status.equals("MONITORING")) {
                Instant later = closed != null ? closed : activated.plusSeconds(86_400L * 90);
                batch.table("household.score").row(ids.next(Ids.Tag.SCORE), main, domain, Math.min(5, score + 1 + random.nextInt(2)),
                        LocalDate.ofInstant(later, ZoneOffset.UTC), owner.id(), later);
            }
        }
        batch.audit(opened, owner, "CREATE", "Case", id, main, programme);
    }
}
