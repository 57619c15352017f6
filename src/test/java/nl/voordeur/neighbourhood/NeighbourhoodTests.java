package nl.voordeur.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

/** Issue 20, the neighbourhood half: area indicators and the initiative register, over the API and the pages. */
class NeighbourhoodTests extends HttpTest {

    static final String ONE_ADDRESS = "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n";

    static Map<String, Object> indicator(String name, String direction, Integer baselineYear, Object baseline) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("unit", "aantal");
        body.put("direction", direction);
        body.put("baselineYear", baselineYear);
        body.put("baselineValue", baseline);
        body.put("baselineSource", baseline == null ? null : "Politie");
        return body;
    }

    static Map<String, Object> initiative(String activity, String date, int participants, int volunteers) {
        return Map.of("activity", activity, "heldOn", date, "organiser", "Buurtcoördinator", "participants", participants,
                "volunteers", volunteers);
    }

    private ApiClient council(ProgrammeFixture programme) {
        TestUser council = user(organisation("MUNICIPALITY"));
        var added = programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", council.id(), "roles", List.of("COUNCIL")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return api(council.username());
    }

    /** The coordinator of that programme only (the fixture's own coordinator holds the role everywhere). */
    private ApiClient coordinatorOf(ProgrammeFixture programme) {
        TestUser coordinator = user(organisation("WELFARE"));
        var added = programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", coordinator.id(), "roles", List.of("COORDINATOR")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return api(coordinator.username());
    }

    @Test
    void theCoordinatorKeepsIndicatorsAndAStaleVersionIsRefused() {
        var programme = ProgrammeFixture.create(this, ONE_ADDRESS);
        String base = "/api/v1/programmes/" + programme.id + "/indicators";
        var created = programme.coordinator.post(base, indicator("Overlastmeldingen", "LOWER_IS_BETTER", 2017, 80));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("version").asInt()).isZero();

        var body = indicator("Overlastmeldingen", "LOWER_IS_BETTER", 2017, 80);
        body.put("values", List.of(Map.of("year", 2018, "value", 70, "source", "Politie"),
                Map.of("year", 2019, "value", 60.5, "source", "Politie")));
        body.put("version", 0);
        var updated = programme.coordinator.put(base + "/" + id, body);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("version").asInt()).isOne();
        assertThat(updated.json().get("values").get(1).get("value").decimalValue()).isEqualByComparingTo("60.5");

        body.put("baselineValue", 81);
        var stale = programme.coordinator.put(base + "/" + id, body);
        assertThat(stale.status()).as("edited since version 0 was read").isEqualTo(409);
        assertThat(programme.coordinator.get(base + "/" + id).json().get("baselineValue").asInt()).isEqualTo(80);

        var twice = programme.coordinator.post(base, indicator("overlastmeldingen", "LOWER_IS_BETTER", null, null));
        assertThat(twice.status()).isEqualTo(422);
        assertThat(twice.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        var halfBaseline = programme.coordinator.post(base, indicator("Veiligheidsgevoel", "HIGHER_IS_BETTER", null, 6));
        assertThat(halfBaseline.status()).isEqualTo(422);
        assertThat(halfBaseline.json().get("errors").get(0).get("field").asString()).isEqualTo("baselineYear");

        var huge = indicator("Huurachterstanden", "LOWER_IS_BETTER", 0, 1);
        huge.put("values", List.of(Map.of("year", 2019, "value", 1e13, "source", "Corporatie")));
        var refusedHuge = programme.coordinator.post(base, huge);
        assertThat(refusedHuge.status()).isEqualTo(400);
        assertThat(refusedHuge.json().get("errors").findValuesAsString("field")).contains("baselineYear", "values[0].value");

        assertThat(programme.coordinator.get(base + "?size=1").json().get("total").asInt()).isOne();
        assertThat(auditCount("CREATE", "Indicator", id)).isOne();
        assertThat(auditCount("UPDATE", "Indicator", id)).isOne();
        assertThat(programme.coordinator.delete(base + "/" + id).status()).isEqualTo(204);
        assertThat(programme.coordinator.get(base + "/" + id).status()).isEqualTo(404);
    }

    @Test
    void aCsvWithOneBadLineIsRefusedNamingLineAndFieldAndSavesNothing() {
        var programme = ProgrammeFixture.create(this, ONE_ADDRESS);
        String base = "/api/v1/programmes/" + programme.id + "/indicators";
        String nuisance = programme.coordinator.post(base, indicator("Overlastmeldingen", "LOWER_IS_BETTER", 2017, 80))
                .json().get("id").asString();
        programme.coordinator.post(base, indicator("Veiligheidsgevoel", "HIGHER_IS_BETTER", 2017, 6));

        String bad = "indicator;jaar;waarde;bron\nOverlastmeldingen;2018;70;Politie\nVeiligheidsgevoel;2018;zes;Enquête\n";
        var refused = programme.coordinator.postRaw(base + "/import", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("Regel 3").contains("waarde").contains("zes");
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("lines[3].value");
        assertThat(programme.coordinator.get(base + "/" + nuisance).json().get("values")).as("nothing half-saved").isEmpty();

        String good = "Overlastmeldingen;2018;70;Politie\nVeiligheidsgevoel;2018;6,4;Enquête\nOverlastmeldingen;2019;60;Politie\n";
        var imported = programme.coordinator.postRaw(base + "/import", "text/csv", good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(imported.json().get("values").asInt()).isEqualTo(3);
        assertThat(imported.json().get("indicators").asInt()).isEqualTo(2);
        var read = programme.coordinator.get(base + "/" + nuisance).json();
        assertThat(read.get("values")).hasSize(2);
        assertThat(read.get("version").asInt()).as("an import is an edit too").isOne();
    }

    @Test
    void anotherProgrammesCoordinatorAVisitorAndTheCouncilGetOnlyWhatTheirRoleAllows() {
        var programme = ProgrammeFixture.create(this, ONE_ADDRESS);
        ApiClient otherCoordinator = coordinatorOf(ProgrammeFixture.create(this, ONE_ADDRESS));
        String indicators = "/api/v1/programmes/" + programme.id + "/indicators";
        String initiatives = "/api/v1/programmes/" + programme.id + "/initiatives";
        String id = programme.coordinator.post(indicators, indicator("Mutatiegraad", "LOWER_IS_BETTER", 2018, 14.5))
                .json().get("id").asString();
        programme.coordinator.post(initiatives, initiative("Straatspeeldag", "2019-06-01", 40, 6));

        assertThat(otherCoordinator.get(indicators).status()).isEqualTo(404);
        assertThat(otherCoordinator.post(indicators, indicator("X", "LOWER_IS_BETTER", null, null)).status()).isEqualTo(404);
        assertThat(otherCoordinator.get(initiatives).status()).isEqualTo(404);
        assertThat(otherCoordinator.delete(indicators + "/" + id).status()).isEqualTo(404);

        assertThat(programme.visitorApi.get(indicators).status()).isEqualTo(200);
        assertThat(programme.visitorApi.get(initiatives).json().get("total").asInt()).isOne();
        assertThat(programme.visitorApi.post(indicators, indicator("X", "LOWER_IS_BETTER", null, null)).status()).isEqualTo(403);
        assertThat(programme.visitorApi.post(initiatives, initiative("X", "2019-06-01", 1, 1)).status()).isEqualTo(403);

        ApiClient council = council(programme);
        assertThat(council.get(indicators).json().get("items").get(0).get("baselineValue").decimalValue())
                .isEqualByComparingTo("14.5");
        assertThat(council.get(initiatives).status()).as("the council sees initiatives in the report only").isEqualTo(403);
        assertThat(council.put(indicators + "/" + id, indicator("Mutatiegraad", "LOWER_IS_BETTER", 2018, 1)).status())
                .isEqualTo(403);
    }

    @Test
    void theInitiativeRegisterIsPagedAndGuardsItsVersion() {
        var programme = ProgrammeFixture.create(this, ONE_ADDRESS);
        String base = "/api/v1/programmes/" + programme.id + "/initiatives";
        var wildcats = programme.coordinator.post(base, initiative("Wildcats", "2009-04-15", 9, 2));
        assertThat(wildcats.status()).as(wildcats.body()).isEqualTo(201);
        programme.coordinator.post(base, initiative("Straatspeeldag", "2009-06-06", 64, 11));

        var first = programme.coordinator.get(base + "?size=1").json();
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("items").get(0).get("activity").asString()).as("the latest first").isEqualTo("Straatspeeldag");
        assertThat(programme.coordinator.get(base + "?size=0").status()).isEqualTo(400);
        assertThat(programme.coordinator.get(base + "?size=201").status()).isEqualTo(400);
        assertThat(programme.coordinator.get(base + "?page=-1").status()).isEqualTo(400);
        assertThat(programme.coordinator.post(base, initiative("Tuinen", "2009-09-19", -1, 2)).status()).isEqualTo(400);

        String id = wildcats.json().get("id").asString();
        Map<String, Object> change = new HashMap<>(initiative("Wildcats", "2009-04-15", 12, 3));
        change.put("version", 0);
        assertThat(programme.coordinator.put(base + "/" + id, change).json().get("participants").asInt()).isEqualTo(12);
        assertThat(programme.coordinator.put(base + "/" + id, change).status()).isEqualTo(409);
        assertThat(auditCount("UPDATE", "Initiative", id)).isOne();
    }

    @Test
    void theCoordinatorWorksOnThePagesAndTheProgrammePageLinksThem() {
        var programme = ProgrammeFixture.create(this, ONE_ADDRESS);
        String username = programme.coordinator.get("/api/v1/users/me").json().get("username").asString();
        var pages = pages(username);
        assertThat(pages.get("/programmes/" + programme.id).body())
                .contains("/programmes/" + programme.id + "/indicators").contains("/programmes/" + programme.id + "/initiatives");

        pages.get("/programmes/" + programme.id + "/indicators");
        var created = pages.postForm("/programmes/" + programme.id + "/indicators", Map.of("name", "Veiligheidsgevoel",
                "unit", "rapportcijfer", "direction", "HIGHER_IS_BETTER", "baselineYear", "2018", "baselineValue", "6,1",
                "baselineSource", "Enquête"));
        assertThat(created.status()).isEqualTo(302);
        pages.get("/programmes/" + programme.id + "/indicators");
        pages.postFile("/programmes/" + programme.id + "/indicators/import", "file", "waarden.csv",
                "Veiligheidsgevoel;2019;6,5;Enquête\n");
        var list = pages.get("/programmes/" + programme.id + "/indicators");
        assertThat(list.body()).contains("De waarden zijn geïmporteerd").contains("Veiligheidsgevoel").contains("6,5 (2019)")
                .contains("beter");

        pages.get("/programmes/" + programme.id + "/indicators");
        pages.postFile("/programmes/" + programme.id + "/indicators/import", "file", "waarden.csv", "Onbekend;2019;1;x\n");
        assertThat(pages.get("/programmes/" + programme.id + "/indicators").body()).contains("Er is niets opgeslagen")
                .contains("Regel 1, veld indicator");

        String indicatorId = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/indicators").json()
                .get("items").get(0).get("id").asString();
        String page = "/programmes/" + programme.id + "/indicators/" + indicatorId;
        pages.get(page);
        pages.postForm(page, Map.of("name", "Veiligheidsgevoel", "unit", "cijfer", "direction", "HIGHER_IS_BETTER",
                "version", "0")); // the import made it version 1
        assertThat(pages.get(page).body()).contains("Iemand anders heeft dit gegeven intussen gewijzigd").contains("rapportcijfer");
        pages.postForm(page + "/values", Map.of("year", "2020", "value", "6,9", "source", "Enquête", "version", "1"));
        assertThat(pages.get(page).body()).contains("De waarde is opgeslagen").contains("6,9");

        pages.get("/programmes/" + programme.id + "/initiatives");
        pages.postForm("/programmes/" + programme.id + "/initiatives", Map.of("activity", "Tuinen opknappen",
                "heldOn", "2019-09-19", "organiser", "Buurtcoördinator", "participants", "23", "volunteers", "7"));
        assertThat(pages.get("/programmes/" + programme.id + "/initiatives").body()).contains("Tuinen opknappen")
                .contains("19-9-2019");
    }
}
