package nl.voordeur.meldcode;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

class MeldcodeJourneyTests extends BrowserTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5703 EF,5,Hoogeindsestraat,Helmond
            """;

    @Test
    void aSafetyOfficerWalksASignalThroughTheFiveStepsOnAPhone() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        var officer = user(organisation("WELFARE"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", officer.id(), "roles", List.of("SAFETY_OFFICER")));
        var visit = programme.visitorApi.post("/api/v1/addresses/" + programme.addressIds().getFirst() + "/visits",
                Map.of("date", LocalDate.now().toString(), "members",
                        List.of(Map.of("name", "Noor Jansen", "birthYear", 1990, "relation", "MAIN_RESIDENT", "present", true))));
        String household = visit.json().get("householdId").asString();
        programme.visitorApi.post("/api/v1/households/" + household + "/help-questions", Map.of(
                "personId", visit.json().get("members").get(0).get("id").asString(), "domain", "DOMESTIC_VIOLENCE",
                "kind", "SIGNAL", "description", "Buren horen geschreeuw en klappen", "urgency", "HIGH"));

        open(PHONE);
        login(officer.username(), PASSWORD);
        page.navigate("/programmes/" + programme.id + "/meldcode");
        assertThat(page.locator("main table")).containsText("Buren horen geschreeuw en klappen");
        assertAccessible();
        page.locator("main table a").first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Meldcode huiselijk geweld en kindermishandeling");
        assertAccessible();

        record("Ik zag een blauwe plek op de wang");
        record("Overlegd met Veilig Thuis");
        record("Gesprek met mevrouw Jansen");
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Is er sprake van acute onveiligheid?"))
                .getByLabel("ja").check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Is er sprake van structurele onveiligheid?"))
                .getByLabel("nee").check();
        assertAccessible();
        record("Acute dreiging");
        assertThat(page.locator("main")).containsText("Bij acute of structurele onveiligheid is melden bij Veilig Thuis verplicht.");
        assertThat(page.getByLabel("Hulp organiseren", new Page.GetByLabelOptions().setExact(true))).hasCount(0);
        page.getByLabel("Melden bij Veilig Thuis", new Page.GetByLabelOptions().setExact(true)).check();
        record("Melding gedaan");

        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Het besluit is vastgelegd. Het meldcodedossier is afgesloten.");
        assertThat(page.locator("ol.timeline > li")).hasCount(5);
        assertThat(page.locator("main form")).hasCount(0);
        assertAccessible();
        screenshot("meldcode-closed-phone");
    }

    private void record(String note) {
        page.getByLabel("Notitie bij deze stap").fill(note);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stap vastleggen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("vastgelegd");
        assertThat(page.locator("ol.timeline")).containsText(note);
    }
}
