package nl.voordeur.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import nl.voordeur.demo.SeedProgramme.StreetBlock;

/**
 * Writes a plausible address list for a seed programme as the CSV a municipality would send
 * (BAG column names, semicolons). Deterministic: the same seed gives the same list.
 */
final class AddressListGenerator {

    private static final String[] ADDITIONS = {"1", "2", "3", "A", "B", "bis"};

    private AddressListGenerator() {
    }

    static String csv(SeedProgramme programme, String city) {
        Random random = new Random(programme.seed());
        StringBuilder csv = new StringBuilder("postcode;huisnummer;huisletter;toevoeging;straat;woonplaats;corporatie\n");
        Set<String> seen = new HashSet<>();
        List<StreetBlock> streets = programme.streets();
        int made = 0;
        while (made < programme.addresses()) {
            StreetBlock block = streets.get(random.nextInt(streets.size()));
            int number = 1 + random.nextInt(block.maxNumber());
            String letter = random.nextInt(20) == 0 ? String.valueOf((char) ('A' + random.nextInt(3))) : "";
            String addition = letter.isEmpty() && random.nextInt(15) == 0 ? ADDITIONS[random.nextInt(ADDITIONS.length)] : "";
            if (!seen.add(block.street() + number + letter + addition)) continue;
            csv.append(postcode(block, number)).append(';').append(number).append(';').append(letter).append(';')
                    .append(addition).append(';').append(block.street()).append(';').append(city).append(';')
                    .append(random.nextInt(10) < 6 ? "ja" : "nee").append('\n');
            made++;
        }
        return csv.toString();
    }

    /** Odd and even sides, and every 40 numbers, get their own letter pair, as real postcodes roughly do. */
    private static String postcode(StreetBlock block, int number) {
        List<String> pairs = new ArrayList<>(List.of(block.letters().split(" ")));
        int index = ((number / 40) * 2 + (number % 2)) % pairs.size();
        return block.postcodeDigits() + " " + pairs.get(index);
    }
}
