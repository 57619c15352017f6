package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;

/** Issue 18, "At the desk": the journeys a coordinator hits first, at phone and desktop width. */
class DeskJourneyTests extends BrowserTest {

    /**
     * The programme form takes Dutch money notation, shows every error at once in plain Dutch with
     * focus on the summary, and keeps every typed value.
     */
    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void theProgrammeFormTakesDutchMoneyShowsAllErrorsAtOnceAndKeepsWhatWasTyped(String width) {
        var coordinator = user(organisation("WELFARE"), "COORDINATOR");
        open(width.equals("phone") ? PHONE : DESKTOP);
        login(coordinator.username(), PASSWORD);
        page.navigate("/programmes/new");
        String name = "Bureau " + UUID.randomUUID().toString().substring(0, 8);
        page.getByLabel("Naam van het programma").fill(name);
        page.getByLabel("Gemeente").fill("Helmond");
        page.getByLabel("Wijk of buurt").fill("De Waart");
        page.getByLabel("Einddatum").fill("2020-12-31");
        page.getByLabel("Budget (euro)").fill("€ 48.500,00");
        page.getByLabel("Geplande huisbezoeken").fill("120");
        page.getByLabel("Doel deelname (%)").fill("170");
        page.getByLabel("Doel trajecten (%)").fill("50");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();

        var summary = page.getByRole(AriaRole.ALERT);
        assertThat(summary).containsText("Vul de startdatum in.");
        assertThat(summary).containsText("Een doel ligt tussen 0 en 100 %.");
        assertThat(summary).not().containsText("moet");
        assertThat(summary).not().containsText("Maak een keuze");
        assertThat(summary).isFocused();
        assertThat(page.getByLabel("Naam van het programma")).hasValue(name);
        assertThat(page.getByLabel("Einddatum")).hasValue("2020-12-31");
        assertThat(page.getByLabel("Budget (euro)")).hasValue("48.500,00");
        assertThat(page.getByLabel("Geplande huisbezoeken")).hasValue("120");
        assertThat(page.getByLabel("Doel trajecten (%)")).hasValue("50");
        screenshot("programme-form-errors-" + width);
        assertAccessible();

        summary.getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Vul de startdatum in.")).click();
        assertThat(page.getByLabel("Startdatum")).isFocused();
        page.getByLabel("Startdatum").fill("2019-01-07");
        page.getByLabel("Doel deelname (%)").fill("70");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        assertThat(page.locator("dl.details")).containsText("€ 48.500,00");
        screenshot("programme-saved-" + width);
        assertAccessible();
    }
}
