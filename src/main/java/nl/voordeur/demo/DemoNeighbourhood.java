package nl.voordeur.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.voordeur.neighbourhood.AreaIndicators;
import nl.voordeur.neighbourhood.Direction;
import nl.voordeur.neighbourhood.IndicatorDetails;
import nl.voordeur.neighbourhood.InitiativeDetails;
import nl.voordeur.neighbourhood.InitiativeRegister;
import nl.voordeur.neighbourhood.YearValue;

/**
 * The neighbourhood half of the seed programmes. Initiatives the seeds name: in De Ruit the
 * neighbourhood coordinator's gardens, back alleys, street play days and the Wildcats (seed 004);
 * in Kerkrade-West neighbourhood mediation and long-term unemployed in green maintenance (003).
 * Indicators follow the goals the seeds name (cohesion, safety feeling, people staying, nuisance);
 * the seeds give no figures, so every value is plausible and its source says "demo".
 */
@Component
class DemoNeighbourhood {

    private static final String DEMO = "demo";

    record Indicator(String name, String unit, Direction direction, int baselineYear, String baseline, Map<Integer, String> values) {
    }

    record Initiative(String activity, LocalDate heldOn, String organiser, int participants, int volunteers, String description) {
    }

    record Plan(List<Indicator> indicators, List<Initiative> initiatives) {
    }

    private static final Direction UP = Direction.HIGHER_IS_BETTER;
    private static final Direction DOWN = Direction.LOWER_IS_BETTER;

    static final Map<String, Plan> PLANS = Map.of(
            "De Ruit (Venlo-Oost)", new Plan(List.of(
                    new Indicator("Bewoners die hun buren kennen", "%", UP, 2009, "48", Map.of(2010, "53", 2011, "57")),
                    new Indicator("Mutatiegraad huurwoningen", "%", DOWN, 2009, "14,5", Map.of(2010, "12,8", 2011, "11,9")),
                    new Indicator("Veiligheidsgevoel", "rapportcijfer", UP, 2009, "6,1", Map.of(2010, "6,4", 2011, "6,6")),
                    new Indicator("Overlastmeldingen", "aantal", DOWN, 2009, "86", Map.of(2010, "71", 2011, "74"))),
                    List.of(new Initiative("Wildcats: kinderen houden de straten schoon", LocalDate.of(2009, 4, 15),
                                    "Buurtcoördinator Woningstichting Venlo-Blerick", 9, 2, "Elke week een ronde door de buurt."),
                            new Initiative("Straatspeeldag Vossenstraat", LocalDate.of(2009, 6, 6),
                                    "Buurtcoördinator met bewoners", 64, 11, null),
                            new Initiative("Tuinen opknappen", LocalDate.of(2009, 9, 19),
                                    "Buurtcoördinator Woningstichting Venlo-Blerick", 23, 7, "Voortuinen aan de Groenveldsingel."),
                            new Initiative("Achterompaden opschonen", LocalDate.of(2010, 3, 27),
                                    "Bewoners Kapelaan Nausstraat", 17, 4, null),
                            new Initiative("Straatspeeldag Leutherweg", LocalDate.of(2010, 6, 12),
                                    "Buurtcoördinator met bewoners", 81, 13, null))),
            "Heilust (Kerkrade-West)", new Plan(List.of(
                    new Indicator("Veiligheidsgevoel", "rapportcijfer", UP, 2011, "5,8", Map.of(2012, "6,0", 2013, "6,3")),
                    new Indicator("Overlastmeldingen", "aantal", DOWN, 2011, "142", Map.of(2012, "131", 2013, "118")),
                    new Indicator("Bewoners die hun buren kennen", "%", UP, 2011, "41", Map.of(2012, "44", 2013, "43"))),
                    List.of(new Initiative("Buurtbemiddeling", LocalDate.of(2011, 10, 1), "Buurtbemiddeling Kerkrade", 12, 6, null),
                            new Initiative("Groenonderhoud met bewoners", LocalDate.of(2012, 4, 14), "Hestia groep", 19, 8,
                                    "Met langdurig werklozen uit de wijk."),
                            new Initiative("Bewonersavond toekomst Heilust", LocalDate.of(2012, 9, 20), "Opbouwwerk Kerkrade", 47, 3, null))),
            "Annawijk (Annabuurt en Overspoor)", new Plan(List.of(
                    new Indicator("Huurachterstanden", "aantal", DOWN, 2018, "31", Map.of(2019, "26")),
                    new Indicator("Bewoners die hun buren kennen", "%", UP, 2018, "52", Map.of(2019, "55"))),
                    List.of(new Initiative("Koffieochtend in de Annabuurt", LocalDate.of(2018, 10, 3), "LEVgroep", 14, 3, null),
                            new Initiative("Buurtbarbecue Overspoor", LocalDate.of(2019, 6, 22), "Bewoners Overspoor", 58, 9, null))),
            "De Waart", new Plan(List.of(
                    new Indicator("Huurachterstanden", "aantal", DOWN, 2018, "27", Map.of(2019, "29")),
                    new Indicator("Veiligheidsgevoel", "rapportcijfer", UP, 2018, "6,5", Map.of(2019, "6,7"))),
                    List.of(new Initiative("Opschoondag Waartplein", LocalDate.of(2019, 3, 23), "Woonpartners", 21, 6, null))),
            "Wielwijk", new Plan(List.of(
                    new Indicator("Overlastmeldingen", "aantal", DOWN, 2006, "64", Map.of(2007, "58"))),
                    List.of(new Initiative("Kansenmarkt voor bewoners", LocalDate.of(2007, 5, 12), "Kansenmakelaar Woonbron", 33, 5, null))));

    private final AreaIndicators indicators;
    private final InitiativeRegister initiatives;

    DemoNeighbourhood(AreaIndicators indicators, InitiativeRegister initiatives) {
        this.indicators = indicators;
        this.initiatives = initiatives;
    }

    /** Records the programme's demo indicators and initiatives, if the seeds name any for its neighbourhood. */
    void fill(UUID programmeId, String neighbourhood) {
        Plan plan = PLANS.get(neighbourhood);
        if (plan == null) return;
        for (Indicator i : plan.indicators()) {
            List<YearValue> values = i.values().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(e -> new YearValue(e.getKey(), number(e.getValue()), DEMO)).toList();
            indicators.create(programmeId, new IndicatorDetails(i.name(), i.unit(), i.direction(), i.baselineYear(),
                    number(i.baseline()), DEMO, values));
        }
        for (Initiative i : plan.initiatives()) {
            initiatives.record(programmeId, new InitiativeDetails(i.activity(), i.heldOn(), i.organiser(), i.participants(),
                    i.volunteers(), i.description()));
        }
    }

    private static BigDecimal number(String dutch) {
        return new BigDecimal(dutch.replace(',', '.'));
    }
}
