package nl.voordeur.bench.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Help questions of the visited households in the domains of seed 002 (finances, language,
 * physical health, living environment and work most, then loneliness, domestic violence and the
 * rest), a conversation note per question, referrals to partners, and a case with a plan and
 * scores for every household with questions in several domains.
 */
final class Questions {

    /** Weighted as in {@code DemoActivity.DOMAINS}. */
    private static final String[] DOMAINS = {"FINANCES", "FINANCES", "FINANCES", "LANGUAGE", "LANGUAGE",
            "PHYSICAL_HEALTH", "PHYSICAL_HEALTH", "NEIGHBOURHOOD_SAFETY", "NEIGHBOURHOOD_SAFETY", "WORK_EDUCATION",
            "WORK_EDUCATION", "SOCIAL_NETWORK", "DOMESTIC_VIOLENCE", "HOUSING", "MENTAL_HEALTH", "DOMESTIC_RELATIONS"};

    private final Batch batch;
    private final Ids ids;
    private final SplittableRandom random;
    private final UUID programme;
    private final Staff.Team team;
    private final List<UUID> partners;

    Questions(Batch batch, Ids ids, SplittableRandom random, UUID programme, Staff.Team team, List<UUID> partners) {
        this.batch = batch;
        this.ids = ids;
        this.random = random;
        this.programme = programme;
        this.team = team;
        this.partners = partners;
    }

    void raise(Homes.Home home) {
        if (home.questions() == 0) return;
        Set<String> domains = new LinkedHashSet<>();
        while (domains.size() < home.questions()) domains.add(DOMAINS[random.nextInt(DOMAINS.length)]);
        Instant at = home.visit().date().atTime(16, random.nextInt(60)).toInstant(ZoneOffset.UTC);
        Set<UUID> asked = new LinkedHashSet<>();
        List<String> asDomains = new ArrayList<>(domains);
        for (String domain : asDomains) {
            UUID person = random.nextInt(4) == 0 ? DutchData.pick(random, home.persons()) : home.persons().getFirst();
            asked.add(person);
            question(home, person, domain, at);
        }
        if (home.questions() > 1) Cases.open(batch, ids, random, programme, team.caseManager(), home, asked, asDomains, at);
    }

    private void question(Homes.Home home, UUID person, String domain, Instant at) {
        UUID id = ids.next(Ids.Tag.QUESTION);
        Staff.User visitor = home.visit().visitor();
        int k = random.nextInt(100);
        String kind = k < 80 ? "QUESTION" : k < 92 ? "SIGNAL" : "OPPORTUNITY";
        int u = random.nextInt(100);
        String urgency = u < 85 ? "NORMAL" : u < 97 ? "HIGH" : "ACUTE";
        int s = random.nextInt(100);
        String status = s < 20 ? "REGISTERED" : s < 65 ? "TRIAGED" : "CLOSED";
        String handler = status.equals("REGISTERED") ? null : handler(domain, kind);
        Instant triaged = handler == null ? null : at.plusSeconds(86_400L * (1 + random.nextInt(5)));
        Instant closed = status.equals("CLOSED") ? triaged.plusSeconds(86_400L * (10 + random.nextInt(80))) : null;
        int o = random.nextInt(100);
        String outcome = closed == null ? null : o < 55 ? "RESOLVED" : o < 75 ? "PARTLY_RESOLVED" : o < 85 ? "NOT_RESOLVED"
                : o < 95 ? "RESIDENT_DECLINED" : "MOVED";
        batch.table("household.help_question").row(id, programme, home.household(), person, domain, kind,
                Descriptions.of(domain), urgency, status, handler, outcome, visitor.id(), at, closed, closed == null ? 1 : 2,
                null, handler == null || handler.equals("REFERRAL") ? null : team.caseManager().id(),
                handler == null ? null : team.coordinator().id(), triaged);
        batch.table("household.conversation").row(ids.next(Ids.Tag.CONVERSATION), home.visitId(), person, domain,
                "Besproken tijdens het huisbezoek", visitor.id(), at);
        batch.audit(at, visitor, "CREATE", "HelpQuestion", id, person, programme);
        if ("REFERRAL".equals(handler)) refer(home, id, person, domain, triaged);
    }

    private String handler(String domain, String kind) {
        if (kind.equals("OPPORTUNITY")) return "OPPORTUNITY_BROKER";
        int r = random.nextInt(100);
        if (r < 35) return "REFERRAL";
        if (domain.equals("FINANCES") && r < 75) return "BENEFITS_CHECKER";
        if (domain.equals("WORK_EDUCATION") && r < 75) return "JOB_BROKER";
        return "CASE_MANAGER";
    }

    private void refer(Homes.Home home, UUID question, UUID person, String domain, Instant triaged) {
        UUID id = ids.next(Ids.Tag.REFERRAL);
        UUID organisation = partners.get(switch (domain) {
            case "FINANCES" -> 0;
            case "PHYSICAL_HEALTH" -> 1;
            case "DOMESTIC_RELATIONS" -> 3;
            case "WORK_EDUCATION" -> 4;
            case "LANGUAGE" -> 5;
            case "DOMESTIC_VIOLENCE" -> 6;
            case "MENTAL_HEALTH" -> 7;
            default -> 2;
        });
        LocalDate sent = LocalDate.ofInstant(triaged, ZoneOffset.UTC);
        int r = random.nextInt(100);
        String status = r < 15 ? "SENT" : r < 50 ? "ACCEPTED" : r < 85 ? "COMPLETED" : r < 95 ? "REJECTED" : "WITHDRAWN";
        int days = 1 + random.nextInt(9);
        boolean responded = !status.equals("SENT") && !status.equals("WITHDRAWN");
        LocalDate completed = status.equals("COMPLETED") ? sent.plusDays(20 + random.nextInt(60)) : null;
        Boolean successful = completed == null ? null : random.nextInt(10) < 8;
        batch.table("referral.referral").row(id, programme, question, home.household(), person, organisation,
                random.nextInt(3) == 0, random.nextInt(4) == 0, null, status,
                status.equals("REJECTED") ? "Valt buiten ons aanbod" : null, successful, team.coordinator().id(), sent,
                sent.plusDays(7), responded ? sent.plusDays(days) : null, responded ? days : null, null, completed,
                triaged, responded ? 1 : 0);
        batch.audit(triaged, team.coordinator(), "CREATE", "Referral", id, person, programme);
    }
}
