package nl.voordeur.demo;

import java.util.List;
import java.util.Random;

/** Made-up residents: common Dutch first names and surnames, and household sizes near the Dutch average of 2.1. */
final class DemoNames {

    private static final List<String> FIRST = List.of("Anna", "Bram", "Daan", "Emma", "Fatima", "Jan", "Julia", "Kees",
            "Lotte", "Mohamed", "Noor", "Sanne", "Sem", "Tess", "Yusuf", "Zeynep", "Piet", "Marieke", "Ahmed", "Lieke",
            "Ruud", "Hanneke", "Mustafa", "Ilse", "Rachid", "Wilma", "Gerrit", "Ayşe", "Dewi", "Bogdan");
    private static final List<String> LAST = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser",
            "Smit", "Meijer", "Yilmaz", "El Amrani", "Mulder", "de Boer", "Peters", "Hendriks", "Dekker", "Kaya",
            "Janssen", "Vermeulen", "Kowalski", "Brouwer");

    private DemoNames() {
    }

    /** 1: 38 %, 2: 33 %, 3: 12 %, 4: 12 %, 5: 5 % — about 2.1 persons on average. */
    static int householdSize(Random random) {
        int r = random.nextInt(100);
        return r < 38 ? 1 : r < 71 ? 2 : r < 83 ? 3 : r < 95 ? 4 : 5;
    }

    static String first(Random random) {
        return FIRST.get(random.nextInt(FIRST.size()));
    }

    static String last(Random random) {
        return LAST.get(random.nextInt(LAST.size()));
    }
}
