package nl.voordeur.bench.generator;

import java.util.List;
import java.util.SplittableRandom;

/** Dutch place, street and person names for synthetic data (common names, no real residents). */
final class DutchData {

    static final List<String> MUNICIPALITIES = List.of("Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven",
            "Groningen", "Tilburg", "Almere", "Breda", "Nijmegen", "Apeldoorn", "Arnhem", "Haarlem", "Enschede",
            "Haarlemmermeer", "Amersfoort", "Zaanstad", "Den Bosch", "Zwolle", "Leiden", "Zoetermeer", "Leeuwarden",
            "Maastricht", "Dordrecht", "Ede", "Alphen aan den Rijn", "Alkmaar", "Emmen", "Westland", "Delft", "Venlo",
            "Deventer", "Sittard-Geleen", "Helmond", "Oss", "Amstelveen", "Hilversum", "Heerlen", "Nissewaard",
            "Sudwest-Fryslan", "Hengelo", "Purmerend", "Schiedam", "Lelystad", "Roosendaal", "Leidschendam-Voorburg",
            "Gouda", "Vlaardingen", "Hoorn", "Almelo", "Spijkenisse", "Assen", "Capelle aan den IJssel", "Bergen op Zoom",
            "Veenendaal", "Katwijk", "Zeist", "Nieuwegein", "Roermond", "Den Helder", "Doetinchem", "Oosterhout",
            "Hoogeveen", "Terneuzen", "Middelburg", "Kampen", "Vlissingen", "Heerhugowaard", "Weert", "Kerkrade");

    static final List<String> NEIGHBOURHOODS = List.of("Centrum", "Oud-West", "Noord", "Zuid", "Oost", "West",
            "De Ruit", "Wielwijk", "Annawijk", "De Waart", "Kanaleneiland", "Overvecht", "Schilderswijk", "Transvaal",
            "Bospolder", "Tussendijken", "Ondiep", "Zuilen", "Hoograven", "Molenwijk", "Het Zand", "De Hoven",
            "Lombok", "Selwerd", "Vinkhuizen", "Paddepoel", "Malburgen", "Presikhaaf", "Kruiskamp", "Woensel");

    private static final List<String> STREET_STEMS = List.of("Kerk", "Dorps", "Molen", "School", "Stations", "Markt",
            "Nieuwe", "Oude", "Beuken", "Eiken", "Linden", "Berken", "Populier", "Wilgen", "Kastanje", "Esdoorn", "Iepen",
            "Tulp", "Rozen", "Narcis", "Irissen", "Sering", "Hyacint", "Jasmijn", "Lelie", "Merel", "Lijster", "Spreeuw",
            "Zwaluw", "Kievit", "Mees", "Reiger", "Vink", "Rembrandt", "Vermeer", "Frans Hals", "Jan Steen", "Mondriaan",
            "Van Gogh", "Beatrix", "Juliana", "Wilhelmina", "Oranje", "Emma", "Prins Hendrik", "Willem de Zwijger",
            "Spoor", "Haven", "Dijk", "Sluis", "Veld", "Weide", "Akker", "Hoeve", "Zand", "Heide", "Duin", "Bosch",
            "Vondel", "Bilderdijk", "Da Costa", "Kinker", "Multatuli", "Thorbecke", "Churchill", "Roosevelt", "Kennedy",
            "Engelse", "Hoogeindse", "Koning", "Koningin", "Graaf", "Ridder", "Burgemeester", "Dokter", "Pastoor");

    private static final List<String> STREET_SUFFIXES = List.of("straat", "laan", "weg", "plein", "hof", "singel",
            "kade", "dreef", "pad", "gracht", "park", "erf");

    static final List<String> FIRST_NAMES = List.of("Jan", "Piet", "Kees", "Henk", "Gerrit", "Johan", "Willem", "Mohamed",
            "Ahmed", "Daan", "Sem", "Lucas", "Milan", "Noah", "Levi", "Finn", "Bram", "Thijs", "Ruben", "Mustafa", "Yusuf",
            "Maria", "Anna", "Johanna", "Cornelia", "Wilhelmina", "Fatima", "Aisha", "Emma", "Julia", "Sophie", "Tess",
            "Sara", "Fleur", "Lotte", "Noor", "Eva", "Mila", "Yara", "Zeynep", "Ingrid", "Ria", "Annie", "Els", "Sanne");

    static final List<String> SURNAMES = List.of("de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker",
            "Janssen", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks",
            "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Kok",
            "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn", "Schouten",
            "El Amrani", "Yilmaz", "Kaya", "Demir", "Bouzid", "Ouali", "Pinas", "Martina", "Nguyen", "Kowalski");

    private DutchData() {
    }

    static String street(SplittableRandom random) {
        return pick(random, STREET_STEMS) + pick(random, STREET_SUFFIXES);
    }

    static String name(SplittableRandom random, String surname) {
        return pick(random, FIRST_NAMES) + " " + surname;
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
