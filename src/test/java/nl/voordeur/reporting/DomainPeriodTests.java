package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

/** Issue 18: questions count in the period of the visit at which they were raised, not when they were typed in. */
class DomainPeriodTests extends HttpTest {

    @Test
    void aQuestionRaisedAtAVisitOfLastYearCountsInLastYear() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        programme.assignAllToThePair();
        LocalDate visitDate = LocalDate.now().minusYears(1).withMonth(6).withDayOfMonth(15);
        var visit = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits",
                Map.of("date", visitDate.toString(), "members",
                        List.of(Map.of("name", "Els de Boer", "birthYear", 1958, "relation", "MAIN_RESIDENT", "present", true))));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        var question = programme.visitorApi.post("/api/v1/households/" + visit.json().get("householdId").asString()
                + "/help-questions", Map.of("personId", visit.json().get("members").get(0).get("id").asString(),
                "domain", "WORK_EDUCATION", "kind", "QUESTION", "description", "Zoekt werk"));
        assertThat(question.status()).as(question.body()).isEqualTo(201);

        String report = "/api/v1/programmes/" + programme.id + "/report";
        assertThat(domains(programme.coordinator.get(report + "?from=" + visitDate.withDayOfYear(1) + "&to="
                + visitDate.withMonth(12).withDayOfMonth(31)).json())).containsEntry("WORK_EDUCATION", 1L);
        assertThat(domains(programme.coordinator.get(report + "?from=" + LocalDate.now().withDayOfYear(1) + "&to="
                + LocalDate.now()).json())).doesNotContainKey("WORK_EDUCATION");
    }

    private static Map<String, Long> domains(JsonNode report) {
        var counts = new java.util.HashMap<String, Long>();
        report.get("domains").forEach(d -> counts.put(d.get("domain").asString(), d.get("count").asLong()));
        return counts;
    }
}
