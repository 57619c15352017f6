package nl.voordeur.rights;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

/** Noodtoegang on a phone, then the privacy officer's review and subject-rights pages, each checked with axe. */
class RightsJourneyTests extends BrowserTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5703 NJ,3,Noodpad,Helmond
            """;

    @Test
    void aVisitorBreaksTheGlassAndThePrivacyOfficerReviewsItAndExportsThePerson() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        var visit = programme.visitorApi.post("/api/v1/addresses/" + programme.addressIds().getFirst() + "/visits",
                Map.of("date", LocalDate.now().minusDays(1).toString(), "members",
                        List.of(Map.of("name", "Sanne Noodpad", "birthYear", 1988, "relation", "MAIN_RESIDENT", "present", true))));
        String household = visit.json().get("householdId").asString();
        var colleague = user(organisation("WELFARE"));
        var officer = user(organisation("MUNICIPALITY"));
        admin().post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", colleague.id(), "roles", List.of("VISITOR")));
        admin().post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER")));

        open(PHONE);
        login(colleague.username(), PASSWORD);
        page.navigate("/households/" + household);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Noodtoegang");
        forgetExpectedConsoleErrors("status of 404"); // the household is not this visitor's: the page offers break-glass
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Noodtoegang openen")).click();
        assertThat(page.locator("main")).not().containsText("Sanne Noodpad");
        page.getByLabel("Medische of psychische noodsituatie").check();
        page.getByLabel("Reden voor noodtoegang").fill("Buurvrouw meldt dat mevrouw al dagen niet opendoet");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Noodtoegang openen")).click();
        assertThat(page.locator("main")).containsText("Noodtoegang tot");
        assertThat(page.locator("main")).containsText("Sanne Noodpad");
        assertAccessible();

        open(DESKTOP);
        login(officer.username(), PASSWORD);
        page.navigate("/break-glass");
        assertThat(page.locator("main table")).containsText("Buurvrouw meldt dat mevrouw al dagen niet opendoet");
        assertAccessible();
        page.navigate("/role-grants");
        assertThat(page.locator("main table")).containsText("Functionaris gegevensbescherming");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Beoordeeld")).first().click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De roltoekenning is als beoordeeld gemarkeerd.");
        page.navigate("/persons");
        assertAccessible();
        page.getByLabel("Naam", new Page.GetByLabelOptions().setExact(true)).fill("noodpad");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zoeken")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sanne Noodpad")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Rechten van de betrokkene");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Inzage als PDF"))).isVisible();
        assertAccessible();
    }
}
