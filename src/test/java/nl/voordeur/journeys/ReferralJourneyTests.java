package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

class ReferralJourneyTests extends BrowserTest {

    @Test
    void aCaseManagerTriagesAndRefersAPartnerAcceptsAndTheCaseManagerSeesItInMyWork() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        programme.assignAllToThePair();
        var cm = user(organisation("WELFARE"));
        UUID debtOrg = organisation("DEBT_SERVICES");
        var partner = user(debtOrg);
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", cm.id(), "roles", List.of("CASE_MANAGER")));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", partner.id(), "roles", List.of("PARTNER")));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners", Map.of("organisationId", debtOrg, "priorityResponseDays", 3));
        String debtName = admin().get("/api/v1/organisations/" + debtOrg).json().get("name").asString();
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(1).toString());
        visit.put("members", List.of(Map.of("name", "Marieke Visser", "birthYear", 1975, "relation", "MAIN_RESIDENT", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit).json();
        String household = recorded.get("householdId").asString();
        programme.visitorApi.post("/api/v1/households/" + household + "/help-questions", Map.of("personId",
                recorded.get("members").get(0).get("id").asString(), "domain", "FINANCES", "kind", "QUESTION",
                "description", "Schulden bij de zorgverzekeraar"));

        // the case manager takes the household, which until then shows only its address
        login(cm.username(), PASSWORD);
        page.getByText("1 huishouden wacht op een casemanager").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Huishoudens zonder casemanager");
        assertThat(page.locator("main")).containsText("Spoorstraat 1");
        assertThat(page.locator("main")).not().containsText("Schulden bij de zorgverzekeraar");
        assertThat(page.locator("main")).not().containsText("Marieke Visser");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik word de casemanager")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent nu de casemanager van dit huishouden.");
        page.navigate("/");
        assertThat(page.locator("main")).containsText("1 nieuwe hulpvraag om op te pakken");
        assertAccessible();
        page.getByText("1 nieuwe hulpvraag om op te pakken").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Nieuwe hulpvragen");
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Schulden bij de zorgverzekeraar")).click();
        assertAccessible();
        page.getByLabel("Wie pakt de vraag op?").selectOption("REFERRAL");
        page.getByLabel("Waarom?").fill("Schuldhulpverlening nodig");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toewijzen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De vraag is toegewezen.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("toestemming");
        page.locator("#consent-org").selectOption(new SelectOption().setLabel(debtName));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vastleggen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De toestemming is vastgelegd.");
        page.getByLabel("Toelichting").fill("Graag binnen drie dagen bellen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verwijzen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De verwijzing is verstuurd.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

        // the partner
        login(partner.username(), PASSWORD);
        page.getByText("1 open verwijzing naar uw organisatie").click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Marieke Visser")).click();
        assertThat(page.locator("dl.details")).containsText("Schulden bij de zorgverzekeraar");
        assertThat(page.locator("main")).not().containsText("1975-");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepteren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De verwijzing is geaccepteerd.");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

        // the case manager again
        login(cm.username(), PASSWORD);
        page.getByText("1 verwijzing beantwoord door de partner").click();
        assertThat(page.locator("table:has(#referrals-caption) tbody tr").first()).containsText("Geaccepteerd");
        assertAccessible();
    }
}
