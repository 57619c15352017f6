package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.support.BrowserTest;
import nl.voordeur.support.ProgrammeFixture;

class VisitJourneyTests extends BrowserTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5701 AB,1,Spoorstraat,Helmond
            5701 AB,2,Spoorstraat,Helmond
            5701 AB,3,Spoorstraat,Helmond
            """;

    @Test
    void aVisitorRecordsNotHomeThenAFullVisitThatSurvivesADroppedConnection() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        open(TABLET);
        login(programme.visitor.username(), PASSWORD);

        page.navigate("/programmes/" + programme.id);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mijn looplijst")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Mijn looplijst");
        Locator items = page.locator("ol.walk-list > li");
        assertThat(items).hasCount(3);
        // walking order: odd side first (1, 3), then the even side (2)
        assertThat(items.nth(0)).containsText("Spoorstraat 1");
        assertThat(items.nth(1)).containsText("Spoorstraat 3");
        assertThat(items.nth(2)).containsText("Spoorstraat 2");
        assertAccessible();
        screenshot("walk-list-tablet");

        items.nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet thuis")).click();
        assertThat(items.nth(0)).containsText("Vastgelegd: Niet thuis");
        assertThat(items.nth(0)).containsText("Spoorstraat 1");
        assertAccessible();

        items.nth(1).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bezoek vastleggen: Spoorstraat 3")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Bezoek aan Spoorstraat 3");
        assertAccessible();
        page.getByLabel("Naam lid 1").fill("Fatima Yilmaz");
        page.locator("#members0\\.birthYear").fill("1981");
        page.locator("#members0\\.relation").selectOption("MAIN_RESIDENT");
        assertThat(page.locator("#draft-status")).containsText("Tussentijds opgeslagen", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));

        context.setOffline(true);
        page.getByLabel("Naam lid 2").fill("Elif Yilmaz");
        page.locator("#members1\\.birthYear").fill("2014");
        Locator connection = page.locator("[data-connection-status]");
        assertThat(connection).containsText("Geen verbinding", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
        forgetExpectedConsoleErrors("ERR_INTERNET_DISCONNECTED", "htmx:sendError", "htmx:afterRequest"); // offline on purpose
        assertAccessible();
        context.setOffline(false);
        assertThat(connection).containsText("De verbinding is terug", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
        consoleErrors().removeIf(e -> e.contains("ERR_INTERNET_DISCONNECTED") || e.contains("htmx:sendError")
                || e.contains("htmx:afterRequest")); // retries that ran while the connection was still down (or none)

        page.reload();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("teruggezet");
        assertThat(page.getByLabel("Naam lid 2")).hasValue("Elif Yilmaz");
        assertThat(page.locator("#members1\\.birthYear")).hasValue("2014");
        page.locator("#members1\\.relation").selectOption("CHILD");
        page.getByLabel("Er is een tolk nodig").check();
        page.getByLabel("Welke taal?").fill("Turks");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek vastleggen")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Huishouden");
        assertThat(page.locator("table:has(#members-caption) tbody tr")).hasCount(2);
        assertThat(page.locator("main")).containsText("Turks");
        assertAccessible();
        page.getByLabel("Omschrijving").fill("Achterstand met de huur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toevoegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("De hulpvraag is vastgelegd.");
        assertThat(page.locator("main")).containsText("Enkelvoudige hulpvraag");
        assertAccessible();
        screenshot("household-tablet");
    }
}
