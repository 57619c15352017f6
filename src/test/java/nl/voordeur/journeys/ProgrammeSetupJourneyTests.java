package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

import nl.voordeur.testing.BrowserTest;

class ProgrammeSetupJourneyTests extends BrowserTest {

    static final String CSV = """
            postcode;huisnummer;huisletter;toevoeging;straat;woonplaats
            5701 AB;1;;;Spoorstraat;Helmond
            5701 AB;3;;;Spoorstraat;Helmond
            5705AC;12a;;;Engelseweg;Helmond
            5705 AC;veertien;;;Engelseweg;Helmond
            5705 AD;2;;;Churchillaan;Helmond
            """;

    @Test
    void aCoordinatorSetsUpAProgrammeImportsAddressesAndFindsOne() {
        var coordinator = user(organisation("WELFARE"), "COORDINATOR");
        open(TABLET);
        login(coordinator.username(), PASSWORD);
        String name = "Journey " + UUID.randomUUID().toString().substring(0, 8);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Programma's").setExact(true)).first().click();
        assertAccessible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw programma")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Controleer het formulier");
        assertAccessible();
        page.getByLabel("Naam van het programma").fill(name);
        page.getByLabel("Gemeente").fill("Helmond");
        page.getByLabel("Wijk of buurt").fill("Annawijk");
        page.getByLabel("Startdatum").fill("2018-05-01");
        page.getByLabel("Einddatum").fill("2019-12-31");
        page.getByLabel("Budget (euro)").fill("64.395");
        page.getByLabel("Geplande huisbezoeken").fill("160");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(name);
        String programmePath = java.net.URI.create(page.url()).getPath();
        assertThat(page.locator("dl.details")).containsText("€ 64.395,00");
        assertAccessible();

        page.getByLabel("Organisatie").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("WoCom"));
        page.getByLabel("Reactietermijn (werkdagen)").fill("3");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Partner toevoegen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("De ketenpartner is opgeslagen.");
        assertThat(page.locator("#partners-caption + thead + tbody, table:has(#partners-caption) tbody")).containsText("3 werkdagen");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Adreslijst importeren")).click();
        page.getByLabel("CSV-bestand").setInputFiles(new FilePayload("adressen.csv", "text/csv",
                CSV.getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren")).click();
        Locator errors = page.locator("table:has(#errors-caption) tbody tr");
        assertThat(errors).hasCount(1);
        assertThat(errors.first()).containsText("5");
        assertThat(errors.first()).containsText("huisnummer");
        assertAccessible();
        screenshot("import-preview");

        assertThat(page.locator("main")).containsText("1 regel is afgekeurd");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeer 4 geldige regels")))
                .hasCount(0);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Alleen de geldige regels importeren")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("4 nieuw");
        assertAccessible();

        page.getByLabel("Zoeken", new Page.GetByLabelOptions().setExact(true)).fill("Engelseweg 12");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon adressen")).click();
        Locator rows = page.locator("table:has(#addresses-caption) tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("Engelseweg 12A");
        assertAccessible();
        rows.first().getByRole(AriaRole.LINK).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Engelseweg 12A");
        assertThat(page.locator("ol.timeline")).containsText("Toegevoegd uit de adreslijst");
        assertAccessible();

        String visited = java.net.URI.create(page.url()).getPath().replace("/addresses/", "");
        org.assertj.core.api.Assertions.assertThat(api(coordinator.username()).post("/api/v1/addresses/" + visited + "/visits", java.util.Map.of(
                "date", java.time.LocalDate.now().minusDays(1).toString(), "members", java.util.List.of(java.util.Map.of(
                        "name", "Bewoner", "birthYear", 1970, "relation", "MAIN_RESIDENT", "present", true))))
                .status()).isEqualTo(201);
        page.navigate(programmePath + "/addresses/import");
        page.getByLabel("CSV-bestand").setInputFiles(new FilePayload("alleen-churchillaan.csv", "text/csv",
                "postcode;huisnummer;straat;woonplaats\n5705 AD;2;Churchillaan;Helmond\n".getBytes(StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bestand controleren")).click();
        Locator warning = page.locator("#removal-warning");
        assertThat(warning).containsText("3 van de 4 adressen");
        assertThat(warning).containsText("75 %");
        assertThat(warning).containsText("Daarvan is er 1 al bezocht");
        assertAccessible();
        screenshot("import-removal-warning");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Importeren en 3 adressen uit de lijst halen"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("3 niet meer in de lijst");
        assertThat(page.locator("table:has(#addresses-caption) tbody tr")).hasCount(1);
        assertAccessible();
    }

    @Test
    void theDemoShowsTheFiveSeedProgrammesWithTheirFigures() {
        open(DESKTOP);
        login("coordinator", DEMO_PASSWORD);
        page.navigate("/programmes");
        for (String programme : new String[] {"Achter de Voordeur Annawijk", "Achter de Voordeur De Waart",
                "Achter de Voordeur Wielwijk", "Achter de voordeur Heilust", "Sociale Stijging De Ruit"}) {
            assertThat(page.getByText(programme, new Page.GetByTextOptions().setExact(true))).isVisible();
        }
        assertThat(page.locator("main")).containsText("€ 64.395");
        assertThat(page.locator("main")).containsText("€ 65.750");
        assertAccessible();
        screenshot("programmes-desktop");
    }
}
