package nl.voordeur.bench.gatling;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What happens at a door and the forms that follow, in roughly the shares of the field: of
 * every ring 40 % nobody home, 10 % an appointment, 40 % a conversation that becomes a visit,
 * 7 % a refusal, 3 % a moved household or vacant dwelling. A visited household has one to four
 * members (about two on average) and a third each none, one or several help questions.
 */
final class VisitForms {

    private static final String[] FIRST = {"Anna", "Mohammed", "Sanne", "Daan", "Fatima", "Jan", "Emma", "Youssef",
            "Lotte", "Kees", "Ayşe", "Bram", "Noor", "Piet", "Zeynep", "Ruud"};
    private static final String[] LAST = {"de Vries", "Jansen", "Bakker", "El Amrani", "Visser", "Smit", "Yilmaz",
            "de Boer", "Mulder", "Bos", "Peters", "Hendriks"};
    private static final String[] RELATIONS = {"PARTNER", "CHILD", "CHILD", "PARENT", "HOUSEMATE"};
    private static final String[] DOMAINS = {"FINANCES", "FINANCES", "HOUSING", "WORK_EDUCATION", "SOCIAL_NETWORK",
            "PHYSICAL_HEALTH", "MENTAL_HEALTH", "DAYTIME_ACTIVITY", "LANGUAGE", "PARTICIPATION", "DOMESTIC_RELATIONS"};
    private static final String[] KINDS = {"QUESTION", "QUESTION", "QUESTION", "SIGNAL", "OPPORTUNITY"};
    private static final String[] DAYPARTS = {"MORNING", "AFTERNOON", "EVENING"};

    private VisitForms() {
    }

    record Door(String attempt, boolean opened, String draft, String visit, int questions) {
    }

    static Door door() {
        var random = ThreadLocalRandom.current();
        int roll = random.nextInt(100);
        String outcome = roll < 40 ? "NOT_HOME" : roll < 50 ? "APPOINTMENT_MADE" : roll < 90 ? "DOORSTEP_CONTACT"
                : roll < 97 ? "REFUSED" : roll < 99 ? "MOVED" : "VACANT";
        String attempt = Steps.json(Map.of("date", Steps.today(), "daypart", DAYPARTS[random.nextInt(3)],
                "channel", "DOOR", "outcome", outcome));
        boolean opened = outcome.equals("DOORSTEP_CONTACT");
        if (!opened) return new Door(attempt, false, "", "", 0);
        List<Map<String, Object>> members = members();
        String draft = Steps.json(Map.of("members", members, "notes", "Gesprek aan de keukentafel"));
        String visit = Steps.json(Map.of("date", Steps.today(), "members", members, "minutes", 30 + random.nextInt(60)));
        int questions = switch (random.nextInt(3)) {
            case 0 -> 0;
            case 1 -> 1;
            default -> 2 + random.nextInt(2);
        };
        return new Door(attempt, true, draft, visit, questions);
    }

    static String question(String personId) {
        var random = ThreadLocalRandom.current();
        return Steps.json(Map.of("personId", personId, "domain", DOMAINS[random.nextInt(DOMAINS.length)],
                "kind", KINDS[random.nextInt(KINDS.length)], "description", "Vraag genoteerd tijdens het huisbezoek",
                "urgency", random.nextInt(10) == 0 ? "HIGH" : "NORMAL"));
    }

    private static List<Map<String, Object>> members() {
        var random = ThreadLocalRandom.current();
        int count = 1 + (random.nextInt(100) < 35 ? 0 : random.nextInt(100) < 55 ? 1 : 1 + random.nextInt(3));
        String last = LAST[random.nextInt(LAST.length)];
        List<Map<String, Object>> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var member = new HashMap<String, Object>();
            member.put("name", FIRST[(random.nextInt(FIRST.length) + i) % FIRST.length] + " " + i + " " + last);
            member.put("birthYear", i == 0 ? 1940 + random.nextInt(60) : 1950 + random.nextInt(70));
            member.put("relation", i == 0 ? "MAIN_RESIDENT" : RELATIONS[random.nextInt(RELATIONS.length)]);
            member.put("present", i < 2);
            members.add(member);
        }
        return members;
    }
}
