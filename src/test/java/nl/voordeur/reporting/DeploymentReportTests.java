package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

class DeploymentReportTests extends HttpTest {

    @Test
    void theReportShowsVisitsAndHoursPerOrganisationAndPerRole() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        programme.assignAllToThePair();
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(1).toString());
        visit.put("minutes", 90);
        visit.put("visitorIds", List.of(programme.partnerVisitor.id()));
        visit.put("members", List.of(Map.of("name", "Els de Boer", "birthYear", 1958, "relation", "MAIN_RESIDENT", "present", true)));
        assertThat(programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit)
                .status()).isEqualTo(201);
        var report = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report").json();
        var byOrganisation = report.get("deploymentByOrganisation").get(0);
        assertThat(byOrganisation.get("visits").asLong()).isOne();
        assertThat(byOrganisation.get("hours").decimalValue()).isEqualByComparingTo("3.0");   // two visitors × 1.5 h
        var byRole = report.get("deploymentByRole").get(0);
        assertThat(byRole.get("group").asString()).isEqualTo("VISITOR");
        assertThat(byRole.get("hours").decimalValue()).isEqualByComparingTo("3.0");
    }

    @Test
    void anImpossibleVisitLengthIsRefused() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        programme.assignAllToThePair();
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(1).toString());
        visit.put("minutes", 5000);
        visit.put("members", List.of(Map.of("name", "Els de Boer", "birthYear", 1958, "relation", "MAIN_RESIDENT", "present", true)));
        var response = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit);
        assertThat(response.status()).isEqualTo(400); // beyond the body's documented maximum of 1440 minutes
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("minutes");
    }
}
