package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

class LanguageSwitchTests extends HttpTest {

    @Test
    void pagesAreDutchByDefaultAndEnglishAfterTheSwitch() {
        var browser = new PageClient(port);
        assertThat(browser.get("/login").body()).contains("lang=\"nl\"").contains("Gebruikersnaam");
        var switched = browser.postForm("/language", Map.of("lang", "en", "returnTo", "/login"));
        assertThat(switched.location()).endsWith("/login");
        assertThat(browser.get("/login").body()).contains("lang=\"en\"").contains("Username");
    }

    @Test
    void theSwitchOnlyReturnsToPagesOnThisSite() {
        var browser = new PageClient(port);
        browser.get("/login");
        assertThat(browser.postForm("/language", Map.of("lang", "en", "returnTo", "//evil.example")).location())
                .endsWith("/").doesNotContain("evil");
        assertThat(browser.postForm("/language", Map.of("lang", "en", "returnTo", "https://evil.example")).location())
                .doesNotContain("evil");
    }

    @Test
    void apiErrorsAreProblemDetailsAndPageErrorsAreFriendlyPages() {
        var missing = api("admin").get("/api/v1/users/" + java.util.UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        var page = pages("admin").get("/admin/users/" + java.util.UUID.randomUUID());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Niet gevonden").doesNotContain("Exception");
    }
}
