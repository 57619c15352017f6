package nl.voordeur.retention;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.voordeur.retention.RetentionScenario.member;

import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.TestClock;

/** The privacy officer finds retention in the navigation, reads the dry run, sets the terms and runs it. */
class RetentionJourneyTests extends BrowserTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void thePrivacyOfficerReadsTheDryRunChangesTheTermsAndRunsIt() {
        var s = new RetentionScenario(this);
        s.visit(1, Map.of("interpreterNeeded", true, "interpreterLanguage", "Pools"), member("Anna Nowak", 1980, "MAIN_RESIDENT"));
        TestClock.set(ZonedDateTime.of(2030, 1, 7, 10, 0, 0, 0, RetentionScenario.AMSTERDAM));

        login(s.officerUsername, PASSWORD);
        page.getByRole(AriaRole.NAVIGATION).getByText("Bewaartermijnen").click();
        assertThat(page.locator("h1")).containsText("Bewaartermijnen");
        assertThat(page.locator("main")).containsText("Persoon (naam, geboortejaar)");
        assertThat(page.locator("main")).not().containsText("Anna Nowak");
        assertAccessible();

        page.getByText("Termijnen wijzigen").first().click();
        assertAccessible();
        page.getByLabel("Maanden na het afsluiten van een dossier").fill("36");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan")).click();
        assertThat(page.locator(".alert--success")).containsText("opgeslagen");
        assertAccessible();

        page.navigate("/retention");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nu uitvoeren")).click();
        assertThat(page.locator(".alert--success")).containsText("uitgevoerd");
        assertAccessible();

        open(PHONE);
        login(s.officerUsername, PASSWORD);
        page.navigate("/retention");
        assertAccessible();
    }
}
