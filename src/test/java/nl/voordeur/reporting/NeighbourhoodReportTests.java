package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import tools.jackson.databind.JsonNode;

/**
 * Issue 20: the report's Buurt section, computed from a hand-made fixture. In 2019 two initiatives
 * (12 + 4 participants, 3 + 2 volunteers), in 2020 one more (30 participants, 6 volunteers);
 * nuisance reports (lower is better) 80 at the 2017 baseline, 60 in 2019 and 90 in 2020.
 */
class NeighbourhoodReportTests extends HttpTest {

    @Test
    void theReportCountsInitiativesAndShowsIndicatorsAgainstTheirBaselineSuppressedForTheCouncil() throws IOException {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        String base = "/api/v1/programmes/" + programme.id;
        for (var i : List.of(List.<Object>of("Straatspeeldag", "2019-06-01", 12, 3), List.<Object>of("Wildcats", "2019-09-01", 4, 2),
                List.<Object>of("Tuinen opknappen", "2020-04-01", 30, 6))) {
            var recorded = programme.coordinator.post(base + "/initiatives", Map.of("activity", i.get(0), "heldOn", i.get(1),
                    "organiser", "Buurtcoördinator", "participants", i.get(2), "volunteers", i.get(3)));
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        }
        Map<String, Object> nuisance = new HashMap<>(Map.of("name", "Overlastmeldingen", "unit", "aantal",
                "direction", "LOWER_IS_BETTER", "baselineYear", 2017, "baselineValue", 80, "baselineSource", "Politie"));
        assertThat(programme.coordinator.post(base + "/indicators", nuisance).status()).isEqualTo(201);
        var imported = programme.coordinator.postRaw(base + "/indicators/import", "text/csv",
                "Overlastmeldingen;2019;60;Politie\nOverlastmeldingen;2020;90;Politie\n".getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);

        JsonNode year = programme.coordinator.get(base + "/report?from=2019-01-01&to=2019-12-31").json().get("neighbourhood");
        assertThat(year.get("initiatives").asInt()).isEqualTo(2);
        assertThat(year.get("participants").asInt()).isEqualTo(16);
        assertThat(year.get("volunteers").asInt()).isEqualTo(5);
        JsonNode indicator = year.get("indicators").get(0);
        assertThat(indicator.get("year").asInt()).as("the latest value up to the period's end").isEqualTo(2019);
        assertThat(indicator.get("change").asInt()).isEqualTo(-20);
        assertThat(indicator.get("verdict").asString()).isEqualTo("BETTER");

        JsonNode whole = programme.coordinator.get(base + "/report").json().get("neighbourhood");
        assertThat(whole.get("participants").asInt()).isEqualTo(46);
        assertThat(whole.get("indicators").get(0).get("change").asInt()).isEqualTo(10);
        assertThat(whole.get("indicators").get(0).get("verdict").asString()).isEqualTo("WORSE");

        TestUser councilUser = user(organisation("MUNICIPALITY"));
        assertThat(programme.coordinator.post(base + "/members", Map.of("userId", councilUser.id(), "roles", List.of("COUNCIL")))
                .status()).isEqualTo(201);
        ApiClient council = api(councilUser.username());
        JsonNode shown = council.get(base + "/report?from=2019-01-01&to=2019-12-31").json().get("neighbourhood");
        assertThat(shown.get("initiatives").asInt()).as("public activities, listed by name anyway").isEqualTo(2);
        assertThat(shown.get("participants").asInt()).as("16 rounded to fives").isEqualTo(15);
        assertThat(shown.get("volunteers").asInt()).isEqualTo(5);
        assertThat(shown.get("activities").get(1).get("participants").asString()).isEqualTo("<5");
        assertThat(shown.get("activities").get(1).get("volunteers").asString()).isEqualTo("<5");
        assertThat(shown.get("indicators").get(0).get("value").asInt()).as("area figures are not suppressed").isEqualTo(60);

        String pdf;
        try (var document = Loader.loadPDF(council.getBytes(base + "/report.pdf?year=2019").body())) {
            pdf = new PDFTextStripper().getText(document);
        }
        assertThat(pdf).contains("3. Buurt").contains("Buurtinitiatieven 2").contains("Deelnemers 15")
                .contains("Wildcats").contains("Overlastmeldingen").contains("80 (2017)").contains("60 (2019)").contains("beter")
                .doesNotContain("Buurtcoördinator");
        Map<String, String> cells = new HashMap<>();
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(council.getBytes(base + "/report.xlsx?year=2019").body()))) {
            for (String sheet : List.of("Buurt", "Initiatieven")) {
                try (var rows = workbook.findSheet(sheet).orElseThrow().openStream()) {
                    rows.forEach(row -> cells.put(sheet + "/" + row.getCellText(0), row.getCellText(sheet.equals("Buurt") ? 1 : 2)));
                }
            }
        }
        assertThat(cells).containsEntry("Buurt/Deelnemers", "15").containsEntry("Buurt/Vrijwilligers", "5")
                .containsEntry("Initiatieven/Wildcats", "<5").containsEntry("Initiatieven/Straatspeeldag", "10");

        String dashboard = pages(councilUser.username()).get("/programmes/" + programme.id + "/dashboard?year=2019").body();
        assertThat(pages(councilUser.username()).get("/compare?municipality=Helmond").body())
                .contains("Indicatoren beter dan de nulmeting").contains("0 van 1");
        assertThat(dashboard).contains("Buurt").contains("&lt;5").contains("Overlastmeldingen").contains("-20");
    }
}
