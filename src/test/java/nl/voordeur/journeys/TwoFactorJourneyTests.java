package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.TestClock;

/** A case manager sets up two-factor on a phone and logs in with a code; every page passes axe. */
class TwoFactorJourneyTests extends BrowserTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void setUpTwoFactorThenLogInWithACode() throws Exception {
        ZonedDateTime now = ZonedDateTime.ofInstant(
                Instant.ofEpochSecond(Instant.now().getEpochSecond() / 30 * 30 + 5), ZoneOffset.UTC);
        TestClock.set(now);
        var user = user(organisation("WELFARE"), "CASE_MANAGER");
        open(PHONE);
        login(user.username(), PASSWORD);
        page.navigate("/account/two-factor");
        assertThat(page.getByRole(AriaRole.IMG)).hasCount(1);
        assertAccessible();
        String secret = page.locator("#totp-secret").textContent().strip();
        page.getByLabel("Uw huidige wachtwoord").fill(PASSWORD);
        page.getByLabel("Code (6 cijfers)").fill(new DefaultCodeGenerator().generate(secret, now.toEpochSecond() / 30));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bevestigen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Tweestapsverificatie staat aan");
        assertAccessible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();

        TestClock.set(now.plusSeconds(30));
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(user.username());
        page.getByLabel("Wachtwoord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForURL(url -> url.endsWith("/login/code"));
        assertAccessible();
        page.getByLabel("Code (6 cijfers)").fill("123456");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("klopt niet");
        assertAccessible();
        page.getByLabel("Code (6 cijfers)").fill(new DefaultCodeGenerator().generate(secret, now.toEpochSecond() / 30 + 1));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForURL(url -> !url.contains("/login"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welkom");
    }
}
