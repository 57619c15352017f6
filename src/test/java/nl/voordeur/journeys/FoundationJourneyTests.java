package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Page;

import nl.voordeur.testing.BrowserTest;

class FoundationJourneyTests extends BrowserTest {

    static Stream<Viewport> viewports() {
        return Stream.of(PHONE, DESKTOP);
    }

    @ParameterizedTest
    @MethodSource("viewports")
    void logInSeeStartPageSwitchLanguageAndLogOut(Viewport viewport) {
        open(viewport);
        login("admin", DEMO_PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welkom, Anna Beheer");
        assertAccessible();
        screenshot("start-" + viewport.name());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Welcome, Anna Beheer");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Users").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Users");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New user")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Please check the form");
        assertAccessible();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Organisations").setExact(true)).first().click();
        assertAccessible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nederlands")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Uitloggen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("U bent uitgelogd.");
        assertAccessible();
    }

    @ParameterizedTest
    @MethodSource("viewports")
    void privacyOfficerSeesTheAuditLog(Viewport viewport) {
        open(viewport);
        login("privacy_officer", DEMO_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Auditlog").setExact(true)).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Auditlog");
        assertAccessible();
    }

    @ParameterizedTest
    @MethodSource("viewports")
    void aWrongPasswordShowsAClearMessage(Viewport viewport) {
        open(viewport);
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill("coordinator");
        page.getByLabel("Wachtwoord").fill("not the right password");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("De gebruikersnaam of het wachtwoord klopt niet.");
        assertAccessible();
    }

    @org.junit.jupiter.api.Test
    void theAccessibilityCheckFailsOnAViolation() {
        page.setContent("<!DOCTYPE html><html lang=\"nl\"><head><title>t</title></head><body><main>"
                + "<img src=\"/img/favicon.svg\"><input type=\"text\"></main></body></html>");
        org.assertj.core.api.Assertions.assertThatThrownBy(this::assertAccessible)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt")
                .hasMessageContaining("label");
    }
}
