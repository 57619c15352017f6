package nl.voordeur.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Browser journeys in Debian's Chromium, driven by Playwright, with an axe-core check of
 * WCAG 2.1 A and AA on every page a journey visits. Without Chromium the tests are reported
 * as skipped (with the reason); on CI a missing Chromium fails them instead.
 */
public abstract class BrowserTest extends HttpTest {

    public static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("VOORDEUR_CHROMIUM", "/usr/bin/chromium"));
    public static final Viewport PHONE = new Viewport("phone", 390, 844);
    public static final Viewport TABLET = new Viewport("tablet", 768, 1024);
    public static final Viewport DESKTOP = new Viewport("desktop", 1280, 800);

    private static Playwright playwright;
    private static Browser browser;

    protected BrowserContext context;
    protected Page page;
    /** Console errors and uncaught page errors (a CSP refusal among them) since the last check. */
    private final List<String> consoleErrors = new java.util.concurrent.CopyOnWriteArrayList<>();

    public record Viewport(String name, int width, int height) {
        @Override
        public String toString() {
            return name + " " + width + "x" + height;
        }
    }

    @BeforeAll
    static void startBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "Chromium not found at " + CHROMIUM + ": browser tests skipped. "
                    + "Install it with 'apt-get install -y chromium' (.ci/run does).";
            if (System.getenv("CI") != null) throw new AssertionError(reason + " CI must run the browser tests.");
            Assumptions.abort(reason);
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        browser = null;
        playwright = null;
    }

    protected void open(Viewport viewport) {
        closeContext();
        context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(viewport.width(), viewport.height())
                .setBaseURL("http://localhost:" + port)
                .setLocale("nl-NL"));
        context.setDefaultTimeout(15_000);
        consoleErrors.clear();
        context.onPage(this::watchConsole);
        page = context.newPage();
    }

    private void watchConsole(Page opened) {
        opened.onConsoleMessage(message -> {
            if ("error".equals(message.type())) consoleErrors.add(opened.url() + ": " + message.text());
        });
        opened.onPageError(error -> consoleErrors.add(opened.url() + ": " + error));
    }

    /**
     * Forgets the console errors a test provoked on purpose (a refused page, a dropped connection), so that
     * {@link #assertNoConsoleErrors()} still fails on every other one. The first fragment must match an error.
     */
    protected void forgetExpectedConsoleErrors(String... fragments) {
        assertThat(consoleErrors).as("expected console error containing " + fragments[0]).anyMatch(e -> e.contains(fragments[0]));
        consoleErrors.removeIf(e -> java.util.Arrays.stream(fragments).anyMatch(e::contains));
    }

    /** The console errors seen since the last check, for a test that must drop some it cannot predict exactly. */
    protected List<String> consoleErrors() {
        return consoleErrors;
    }

    /** Fails the test on any console error (a Content-Security-Policy refusal included) since the last check. */
    protected void assertNoConsoleErrors() {
        List<String> seen = List.copyOf(consoleErrors);
        consoleErrors.clear();
        assertThat(seen).as("console errors").isEmpty();
    }

    @BeforeEach
    void defaultContext() {
        open(DESKTOP);
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
        context = null;
    }

    protected void login(String username, String password) {
        page.navigate("/login");
        assertAccessible();
        page.getByLabel(java.util.regex.Pattern.compile("Gebruikersnaam|Username")).fill(username);
        page.getByLabel(java.util.regex.Pattern.compile("Wachtwoord|Password")).fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^(Inloggen|Log in)$"))).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    /** Fails the test on any WCAG 2.1 A or AA violation on the current page, and on any console error. */
    protected void assertAccessible() {
        page.waitForLoadState();
        assertNoConsoleErrors();
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        String report = results.getViolations().stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getViolations()).as("axe violations on " + page.url() + ":\n" + report).isEmpty();
    }

    protected void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name + ".png")).setFullPage(true));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
