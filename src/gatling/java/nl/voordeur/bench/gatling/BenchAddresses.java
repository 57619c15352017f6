package nl.voordeur.bench.gatling;

/** A bench programme's address list as a municipality sends it: streets of 100 numbers, Dutch postcodes. */
final class BenchAddresses {

    private static final String[] STREETS = {"Lindenlaan", "Kastanjestraat", "Berkenhof", "Eikenweg", "Wilgensingel",
            "Populierstraat", "Meidoornpad", "Vlierstraat", "Hazelaarhof", "Esdoornlaan", "Acaciastraat", "Beukenlaan",
            "Iepenweg", "Platanenstraat", "Sparrenhof", "Dennenweg", "Lijsterbesstraat", "Goudenregenlaan",
            "Jasmijnstraat", "Seringenhof", "Rozenstraat", "Tulpstraat", "Narcissenweg", "Irisplein", "Lelieweg",
            "Dahliastraat", "Asterhof", "Klaproosweg", "Korenbloemstraat", "Zonnebloemlaan"};
    private static final String LETTERS = "ABCEGHJKLMNPRTVWXZ";

    private BenchAddresses() {
    }

    static String csv(int programme, int count) {
        StringBuilder csv = new StringBuilder("postcode;huisnummer;huisletter;toevoeging;straat;woonplaats\n");
        int digits = 1100 + programme * 173;
        for (int i = 0; i < count; i++) {
            int street = i / 100;
            int number = i % 100 + 1;
            String name = STREETS[street % STREETS.length] + (street >= STREETS.length ? " " + (street / STREETS.length + 1) : "");
            int block = street * 3 + number / 40;
            String postcode = (digits + block / (LETTERS.length() * LETTERS.length())) + " "
                    + LETTERS.charAt(block / LETTERS.length() % LETTERS.length()) + LETTERS.charAt(block % LETTERS.length());
            csv.append(postcode).append(';').append(number).append(";;;").append(name).append(";Benchstad\n");
        }
        return csv.toString();
    }
}
