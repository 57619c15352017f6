package nl.voordeur.demo;

import static nl.voordeur.demo.SeedProgramme.details;

import java.time.LocalDate;
import java.util.List;

import nl.voordeur.demo.SeedProgramme.Partner;
import nl.voordeur.demo.SeedProgramme.StreetBlock;

/**
 * The five seed programmes. Figures come from the seed documents: budgets and 160 visits for
 * Annawijk and De Waart (seeds 000, 001), 214 households in Wielwijk (002), about 1,000
 * households in Heilust from spring 2011 (003), and 350 households with targets of 70 %
 * participation and 50 % trajectories in De Ruit from March 2009 (004). Where a seed gives no
 * figure (a budget, a target) the field stays empty. Streets are the real bounding and inner
 * streets; postcodes and house numbers are plausible, not exact.
 */
final class SeedProgrammes {

    private SeedProgrammes() {
    }

    static final List<SeedProgramme> ALL = List.of(
            new SeedProgramme(details("Achter de Voordeur Annawijk", "Helmond", "Annawijk (Annabuurt en Overspoor)",
                    LocalDate.of(2018, 5, 1), LocalDate.of(2019, 12, 31), 64_395, 160, null, null,
                    "Begrensd door Engelseweg, Spoorstraat, Churchillaan, Zandstraat en Hoogeindsestraat"),
                    List.of(new Partner("LEVgroep", 5), new Partner("WoCom", 5), new Partner("Politie Helmond", 5)),
                    List.of(new StreetBlock("Engelseweg", "5705", "AA AB AC", 120),
                            new StreetBlock("Spoorstraat", "5701", "AA AB", 80),
                            new StreetBlock("Churchillaan", "5705", "AD AE", 90),
                            new StreetBlock("Zandstraat", "5705", "AG AH", 70),
                            new StreetBlock("Hoogeindsestraat", "5705", "AJ AK", 60),
                            new StreetBlock("Annastraat", "5705", "AL", 50),
                            new StreetBlock("Overspoorstraat", "5705", "AM", 40)),
                    420, 2018L),
            new SeedProgramme(details("Achter de Voordeur De Waart", "Helmond", "De Waart",
                    LocalDate.of(2018, 9, 1), LocalDate.of(2020, 12, 31), 65_750, 160, null, null,
                    "De Waart, de Matthijs Vermeulenstraat en het Waartplein"),
                    List.of(new Partner("LEVgroep", 5), new Partner("Woonpartners", 5), new Partner("Politie Helmond", 5)),
                    List.of(new StreetBlock("Matthijs Vermeulenstraat", "5707", "BA BB BC", 140),
                            new StreetBlock("Waartplein", "5707", "BD", 40),
                            new StreetBlock("De Waart", "5707", "BE BG", 90),
                            new StreetBlock("Alphons Diepenbrockstraat", "5707", "BH", 60),
                            new StreetBlock("Willem Pijperstraat", "5707", "BJ", 50)),
                    380, 2019L),
            new SeedProgramme(details("Achter de Voordeur Wielwijk", "Dordrecht", "Wielwijk",
                    LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31), null, null, null, null,
                    "Een vooraf afgesproken gebied in Wielwijk met 214 huishoudens"),
                    List.of(new Partner("Woonbron", 5), new Partner("Welzijn Dordrecht", 5),
                            new Partner("Maatschappelijk Werk Dordrecht", 5), new Partner("Sociaal Raadslieden Dordrecht", 5),
                            new Partner("Bureau Jeugdzorg Zuid-Holland", 10), new Partner("GGD Zuid-Holland Zuid", 5)),
                    List.of(new StreetBlock("Karel Doormanstraat", "3317", "AA AB", 90),
                            new StreetBlock("Michiel de Ruyterweg", "3317", "AC AD", 110),
                            new StreetBlock("Van Speijkstraat", "3317", "AE", 60),
                            new StreetBlock("Piet Heinstraat", "3317", "AG", 60)),
                    214, 2007L),
            new SeedProgramme(details("Achter de voordeur Heilust", "Kerkrade", "Heilust (Kerkrade-West)",
                    LocalDate.of(2011, 4, 1), LocalDate.of(2014, 12, 31), null, 1_000, null, null,
                    "Kerkrade-West, in eerste instantie de buurt Heilust"),
                    List.of(new Partner("Hestia groep", 5), new Partner("Maatschappelijk Werk Kerkrade", 5),
                            new Partner("Gemeente Kerkrade", 10)),
                    List.of(new StreetBlock("Heilust", "6464", "AA AB AC", 160),
                            new StreetBlock("Akerstraat-Noord", "6464", "AD AE", 180),
                            new StreetBlock("Hamstraat", "6465", "AA AB", 120),
                            new StreetBlock("Gasthuisstraat", "6465", "AC", 90),
                            new StreetBlock("Langheckweg", "6466", "AA AB", 140),
                            new StreetBlock("Pannesheiderstraat", "6466", "AC AD", 150),
                            new StreetBlock("Dr. Ariënsstraat", "6464", "AG", 80)),
                    1_000, 2011L),
            new SeedProgramme(details("Sociale Stijging De Ruit", "Venlo", "De Ruit (Venlo-Oost)",
                    LocalDate.of(2009, 3, 1), LocalDate.of(2011, 3, 1), null, 350, 70, 50,
                    "Tussen Groenveldsingel, Kaldenkerkerweg, Kapelaan Nausstraat en Leutherweg"),
                    List.of(new Partner("Woningstichting Venlo-Blerick", 5), new Partner("GGZ Noord- en Midden-Limburg", 5),
                            new Partner("GGD Limburg-Noord", 5), new Partner("Stichting Wel.kom", 5),
                            new Partner("Politie Venlo", 5)),
                    List.of(new StreetBlock("Groenveldsingel", "5914", "AA AB", 90),
                            new StreetBlock("Kaldenkerkerweg", "5913", "AA AB AC", 140),
                            new StreetBlock("Kapelaan Nausstraat", "5914", "AC", 60),
                            new StreetBlock("Leutherweg", "5915", "AA AB", 110),
                            new StreetBlock("Vossenstraat", "5914", "AD", 40)),
                    350, 2009L));
}
