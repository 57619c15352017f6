package nl.voordeur.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Response;

import nl.voordeur.testing.BrowserTest;

/**
 * Issue 18, acceptance 3: every demo role walks the pages it can reach by following links from
 * its start page, on a phone (390 px wide). No link leads to a page the user may not open (403),
 * no page is wider than the screen, none breaks WCAG 2.1 AA (axe) or logs a console error (a
 * Content-Security-Policy refusal included). The walk is bounded per role and takes one page per
 * kind of address (ids replaced), so it stays quick as the demo grows.
 */
class RoleCrawlJourneyTests extends BrowserTest {

    private static final int MAX_PAGES = 7;
    /** Kinds of page axe has checked already (for another role): axe is the slow part of the walk. */
    private static final Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    /** Links that end the session, change data on a GET-free form, or download instead of show. */
    private static final Pattern SKIP = Pattern.compile("/logout|/language|\\.pdf|\\.xlsx|\\.csv|\\.ics|/api/|/export|/webjars|/css|/js");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "coordinator", "visitor", "case_manager", "specialist", "partner",
            "safety_officer", "privacy_officer", "council"})
    void everyLinkARoleSeesOpensAndEveryPageFitsAPhone(String username) {
        open(PHONE);
        login(username, DEMO_PASSWORD);
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        Set<String> kinds = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        int visited = 0;
        while (!toVisit.isEmpty() && visited < MAX_PAGES) {
            String path = toVisit.poll();
            if (!kinds.add(ID.matcher(path.replaceAll("\\?.*", "")).replaceAll("{id}"))) continue;
            Response response = page.navigate(path);
            visited++;
            int status = response == null ? 0 : response.status();
            if (status == 403 || status >= 500) problems.add(path + " answers " + status + " to " + username);
            if (status != 200) continue;
            if (page.content().matches("(?s).*\\?\\?[^<>]{0,200}_(nl|en)\\?\\?.*")) {
                problems.add(path + " shows a message key instead of a text (??…_nl??)");
            }
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > PHONE.width()) {
                Object wide = page.evaluate("() => Array.from(document.querySelectorAll('main *, header *, nav *'))"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1"
                        + " && !Array.from(e.children).some(c => c.getBoundingClientRect().right > window.innerWidth + 1))"
                        + ".slice(0, 4).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right))");
                problems.add(path + " is " + width + " px wide at " + PHONE.width() + " px: " + wide);
                screenshot("crawl-" + username + "-" + visited);
            }
            try {
                if (CHECKED.add(ID.matcher(path.replaceAll("\\?.*", "")).replaceAll("{id}"))) assertAccessible();
                else assertNoConsoleErrors();
            } catch (AssertionError e) {
                problems.add(path + ": " + e.getMessage());
            }
            for (Object href : (List<?>) page.evaluate("() => Array.from(document.querySelectorAll('a[href]'))"
                    + ".map(a => a.getAttribute('href'))")) {
                String link = String.valueOf(href);
                if (link.startsWith("/") && !link.startsWith("//") && !SKIP.matcher(link).find() && !link.contains("#")) {
                    toVisit.add(link);
                }
            }
        }
        assertThat(visited).as("pages walked").isGreaterThan(1);
        assertThat(problems).as("pages that " + username + " reaches by a link").isEmpty();
    }
}
