package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

class CaseJourneyTests extends BrowserTest {

    @Test
    void aCaseManagerOpensACasePlansItAndMakesItActive() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        programme.assignAllToThePair();
        var cm = user(organisation("WELFARE"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", cm.id(), "roles", List.of("CASE_MANAGER")));
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(1).toString());
        visit.put("members", List.of(Map.of("name", "Ilse Smit", "birthYear", 1988, "relation", "MAIN_RESIDENT", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit).json();
        String household = recorded.get("householdId").asString();
        programme.visitorApi.post("/api/v1/households/" + household + "/help-questions", Map.of("personId",
                recorded.get("members").get(0).get("id").asString(), "domain", "WORK_EDUCATION", "kind", "QUESTION",
                "description", "Zoekt werk"));

        open(PHONE);
        login(cm.username(), PASSWORD);
        page.navigate("/households/" + household);
        assertThat(page.locator("main")).not().containsText("Ilse Smit"); // not the case manager's household yet
        forgetExpectedConsoleErrors("status of 404");
        page.navigate("/programmes/" + programme.id + "/households/unassigned");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik word de casemanager")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent nu de casemanager van dit huishouden.");
        page.navigate("/households/" + household);
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Traject openen")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Traject");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actief maken")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("plan");
        page.getByLabel("Nieuw doel").fill("Vaste baan binnen een jaar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Doel toevoegen")).click();
        page.getByLabel("Nieuwe actie").fill("Gesprek met de werkmakelaar");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actie toevoegen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Actief maken")).click();
        assertThat(page.locator("dl.details")).containsText("Actief");
        assertAccessible();
    }
}
