package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.access.Role;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

class DashboardJourneyTests extends BrowserTest {

    @Autowired
    Kernteam kernteam;

    @Test
    void theKernteamSeesExactFiguresAndTheCouncilSuppressedOnes() {
        var programme = ProgrammeFixture.create(this, """
                postcode,huisnummer,straat,woonplaats
                5701 AB,1,Spoorstraat,Helmond
                5701 AB,2,Spoorstraat,Helmond
                5701 AB,3,Spoorstraat,Helmond
                """);
        programme.assignAllToThePair();
        var visit = Map.of("date", LocalDate.now().minusDays(1).toString(), "members",
                List.of(Map.of("name", "Jan Smit", "birthYear", 1950, "relation", "MAIN_RESIDENT", "present", true)));
        programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit);
        var council = user(organisation("MUNICIPALITY"));
        AsSystem.run(() -> kernteam.setMember(java.util.UUID.fromString(programme.id), council.id(), Set.of(Role.COUNCIL)));

        login("admin", DEMO_PASSWORD);
        page.navigate("/programmes/" + programme.id + "/dashboard");
        assertThat(page.locator("table:has(#funnel-caption) tbody tr").first()).containsText("3");
        // the documents are offered for the programme's own years and its whole period, not a fixed year
        assertThat(page.locator("#document-year option").last()).hasText("De hele looptijd");
        // months in words, and bars with their labels and values
        assertThat(page.locator("table:has(#trend-caption) tbody th").first())
                .hasText(java.util.regex.Pattern.compile("^(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}$"));
        assertThat(page.locator(".hbar").first()).containsText("Huishoudens");
        assertThat(page.locator(".hbar").first()).containsText("3");
        assertAccessible();
        screenshot("dashboard-desktop");
        page.getByText("Vergelijk met andere programma's in Helmond").click();
        assertThat(page.locator("table:has(#compare-caption) thead")).containsText("Fixture");
        assertAccessible();
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new com.microsoft.playwright.Page.GetByRoleOptions().setName("Uitloggen")).click();

        open(PHONE);
        login(council.username(), PASSWORD);
        page.navigate("/programmes/" + programme.id + "/dashboard");
        assertThat(page.locator("table:has(#funnel-caption) tbody tr").first()).containsText("<5");
        assertThat(page.locator("main")).not().containsText("Jan Smit");
        assertAccessible();
    }
}
