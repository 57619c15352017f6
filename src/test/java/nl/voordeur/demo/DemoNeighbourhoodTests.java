package nl.voordeur.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import tools.jackson.databind.JsonNode;

/** Issue 20: De Ruit's demo has the initiatives and indicators its seed names, and its report a filled Buurt section. */
class DemoNeighbourhoodTests extends HttpTest {

    @Test
    void deRuitHasTheWildcatsPlayDaysGardensAndIndicatorsWithABaseline() {
        var admin = admin();
        JsonNode programmes = admin.get("/api/v1/programmes?size=200").json().get("items");
        String deRuit = StreamSupport.stream(programmes.spliterator(), false)
                .filter(p -> p.get("name").asString().equals("Sociale Stijging De Ruit")).findFirst().orElseThrow()
                .get("id").asString();
        String base = "/api/v1/programmes/" + deRuit;

        String initiatives = admin.get(base + "/initiatives?size=200").body();
        assertThat(initiatives).contains("Wildcats").contains("Straatspeeldag").contains("Tuinen opknappen");
        JsonNode indicators = admin.get(base + "/indicators").json().get("items");
        assertThat(indicators).isNotEmpty();
        indicators.forEach(i -> {
            assertThat(i.get("baselineYear").asInt()).isEqualTo(2009);
            assertThat(i.get("baselineSource").asString()).isEqualTo("demo");
            assertThat(i.get("values")).isNotEmpty();
        });

        JsonNode neighbourhood = admin.get(base + "/report").json().get("neighbourhood");
        assertThat(neighbourhood.get("initiatives").asInt()).isEqualTo(5);
        assertThat(neighbourhood.get("indicators").findValuesAsString("verdict")).contains("BETTER");
    }
}
