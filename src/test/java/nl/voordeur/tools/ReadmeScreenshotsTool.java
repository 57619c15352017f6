package nl.voordeur.tools;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Not a test: takes the README's screenshots from a running demo app. Start the app with
 * {@code ./mvnw spring-boot:run}, then run
 * {@code ./mvnw test -Dtest=ReadmeScreenshotsTool -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ReadmeScreenshotsTool {

    static final String BASE = System.getProperty("voordeur.url", "http://localhost:8080");

    @Test
    void takeScreenshots() {
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium"))
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage")))) {
            Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                    .setBaseURL(BASE).setLocale("nl-NL")).newPage();
            login(page, "coordinator");
            shot(page, "/programmes", "programmes");
            page.navigate("/programmes");
            page.getByText("Achter de Voordeur Wielwijk").click();
            shot(page, null, "programme");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Planning")).click();
            shot(page, null, "planning");
            page.navigate("/programmes");
            page.getByText("Achter de Voordeur Wielwijk").click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Adressen").setExact(true)).click();
            shot(page, null, "register");
        }
    }

    private static void login(Page page, String user) {
        page.navigate("/login");
        page.getByLabel("Gebruikersnaam").fill(user);
        page.getByLabel("Wachtwoord").fill("demo-voordeur-2026");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inloggen")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private static void shot(Page page, String path, String name) {
        if (path != null) page.navigate(path);
        page.waitForLoadState();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("docs", "screenshots", name + ".png")).setFullPage(false));
    }
}
