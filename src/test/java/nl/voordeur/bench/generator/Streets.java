package nl.voordeur.bench.generator;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A programme's dwellings: streets of 20–140 numbers, Dutch postcodes (four digits for the
 * neighbourhood, two letters per stretch of about 20 numbers), some A-letters and flat additions.
 */
final class Streets {

    record Dwelling(UUID id, String street, int number, String letter, String addition, String postcode) {
    }

    private Streets() {
    }

    static List<Dwelling> build(Batch batch, Ids ids, SplittableRandom random, UUID programme, String city, int count,
                                LocalDate importedOn) {
        List<Dwelling> dwellings = new ArrayList<>(count);
        java.util.Map<String, Integer> nextNumber = new java.util.HashMap<>();
        int digits = 1000 + random.nextInt(8000);
        int letters = 0;
        Instant at = importedOn.atTime(9, 0).toInstant(ZoneOffset.UTC);
        while (dwellings.size() < count) {
            String street = DutchData.street(random);
            int length = Math.min(count - dwellings.size(), 20 + random.nextInt(120));
            boolean flats = random.nextInt(10) == 0;
            int number = nextNumber.getOrDefault(street, 1);
            for (int i = 0; i < length; ) {
                if (i % 20 == 0) {
                    if (++letters == 26 * 26) {
                        letters = 0;
                        digits = digits == 9999 ? 1000 : digits + 1;
                    }
                }
                String postcode = digits + " " + (char) ('A' + letters / 26) + (char) ('A' + letters % 26);
                int floors = flats ? 3 : 1;
                for (int f = 0; f < floors && i < length; f++, i++) {
                    String addition = flats ? String.valueOf(f + 1) : "";
                    String letter = !flats && random.nextInt(40) == 0 ? "A" : "";
                    add(batch, ids, random, programme, city, at, dwellings, street, number, letter, addition, postcode);
                    if (!letter.isEmpty() && i + 1 < length) {
                        i++;
                        add(batch, ids, random, programme, city, at, dwellings, street, number, "", "", postcode);
                    }
                }
                number += random.nextInt(8) == 0 ? 2 : 1;
            }
            nextNumber.put(street, number);
        }
        return dwellings;
    }

    private static void add(Batch batch, Ids ids, SplittableRandom random, UUID programme, String city, Instant at,
                            List<Dwelling> dwellings, String street, int number, String letter, String addition,
                            String postcode) {
        UUID id = ids.next(Ids.Tag.ADDRESS);
        dwellings.add(new Dwelling(id, street, number, letter, addition, postcode));
        batch.table("address.address_event").row(id, at, "IMPORTED", null, null);
    }
}
