package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

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
        assertThat(page.locator(".member-row")).hasCount(1); // one member to start with, not eight
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een lid toevoegen")).click();
        assertThat(page.getByLabel("Naam lid 2")).isFocused();
        assertThat(page.getByLabel("Naam lid 1")).hasValue("Fatima Yilmaz");

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

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Huishouden Spoorstraat 3, hoofdbewoner Fatima Yilmaz");
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Het bezoek is vastgelegd.");
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

    /** Issue 18: every error of the visit form at once, named per member, with focus on the summary. */
    @Test
    void aVisitFormWithFourMistakesShowsThemAllAtOnceEachAtItsField() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        open(PHONE);
        login(programme.visitor.username(), PASSWORD);
        page.navigate("/addresses/" + programme.addressId("Spoorstraat 1") + "/visit");
        page.locator("#minutes").fill("2030");
        page.getByLabel("Naam lid 1").fill("Jan Smit");
        page.locator("#members0\\.birthYear").fill("1700");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nog een lid toevoegen")).click();
        page.locator("#members1\\.relation").selectOption("CHILD"); // a relation, but no name
        page.getByLabel("Herbezoek afgesproken op").fill("2020-03-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek vastleggen")).click();

        Locator summary = page.locator(".alert--error[role=alert]");
        assertThat(summary).isFocused();
        assertThat(summary.locator("li")).hasCount(4);
        assertThat(summary).containsText("Vul een duur in van 1 tot 1440 minuten.");
        assertThat(summary).containsText("Het geboortejaar van lid 1 kan niet kloppen");
        assertThat(summary).containsText("Vul de naam van lid 2 in");
        assertThat(summary).containsText("De datum van het herbezoek moet na de datum van het bezoek liggen.");
        assertThat(page.locator("#members1\\.name")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#members0\\.birthYear")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#members0\\.name")).hasValue("Jan Smit"); // nothing typed is lost
        assertAccessible();
        screenshot("visit-errors-phone");
        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(java.util.regex.Pattern.compile("lid 2"))).click();
        assertThat(page.locator("#members1\\.name")).isFocused();

        page.locator("#members1\\.name").fill("Noor Smit");
        page.locator("#members0\\.birthYear").fill("1980");
        page.locator("#minutes").fill("45");
        page.getByLabel("Herbezoek afgesproken op").fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek vastleggen")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Het bezoek is vastgelegd.");
        assertThat(page.locator("table:has(#members-caption) tbody tr")).hasCount(2);
        open(DESKTOP);
        login(programme.visitor.username(), PASSWORD);
        page.navigate("/addresses/" + programme.addressId("Spoorstraat 2") + "/visit");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bezoek vastleggen")).click();
        assertThat(page.locator(".alert--error[role=alert]")).containsText("Vul minstens één lid van het huishouden in.");
        assertAccessible();
        screenshot("visit-errors-desktop");
    }
}
