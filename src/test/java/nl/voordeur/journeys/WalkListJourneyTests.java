package nl.voordeur.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import nl.voordeur.testing.BrowserTest;
import nl.voordeur.testing.ProgrammeFixture;

/**
 * Issue 18, the walk list at the door: grouped by street in walking order, compact enough for five
 * addresses on a phone screen, "niet thuis" keeps the address and offers undo, the visit button is
 * a real button, the rest of a long street comes on request, and a filter shows what is done too.
 */
class WalkListJourneyTests extends BrowserTest {

    /** Two streets: Bladzijdestraat with 15 addresses (more than one screenful of a street), Kerkpad with 2. */
    static String addresses() {
        StringBuilder csv = new StringBuilder("postcode,huisnummer,straat,woonplaats\n");
        for (int n = 1; n <= 15; n++) csv.append("5703 PG,").append(n).append(",Bladzijdestraat,Helmond\n");
        csv.append("5703 PH,1,Kerkpad,Helmond\n5703 PH,2,Kerkpad,Helmond\n");
        return csv.toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone", "desktop"})
    void theWalkListGroupsByStreetFitsFiveToAScreenAndUndoesNotHome(String width) {
        var programme = ProgrammeFixture.create(this, addresses());
        programme.assignAllToThePair();
        open(width.equals("phone") ? PHONE : DESKTOP);
        login(programme.visitor.username(), PASSWORD);
        page.navigate("/programmes/" + programme.id + "/walk-list");

        Locator streets = page.locator("section.walk-street h2");
        assertThat(streets).hasCount(2);
        assertThat(streets.nth(0)).hasText("Bladzijdestraat (15)");
        assertThat(streets.nth(1)).hasText("Kerkpad (2)");
        Locator first = page.locator("section.walk-street").nth(0).locator("ol.walk-list > li");
        assertThat(first).hasCount(12);
        assertThat(first.nth(0)).containsText("Bladzijdestraat 1");
        assertThat(first.nth(1)).containsText("Bladzijdestraat 3");
        double top = first.nth(0).boundingBox().y;
        double fifthBottom = first.nth(4).boundingBox().y + first.nth(4).boundingBox().height;
        assertThat(fifthBottom - top).as("five addresses in one screen").isLessThanOrEqualTo(PHONE.height());
        Locator visit = first.nth(0).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bezoek vastleggen: Bladzijdestraat 1"));
        assertThat(visit.boundingBox().height).as("a button to tap").isGreaterThanOrEqualTo(44);
        assertAccessible();
        screenshot("walk-list-" + width);

        first.nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet thuis")).click();
        assertThat(first.nth(0)).containsText("Vastgelegd: Niet thuis");
        assertThat(first.nth(0)).containsText("Bladzijdestraat 1");
        screenshot("walk-list-not-home-" + width);
        assertAccessible();
        first.nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ongedaan maken")).click();
        assertThat(first.nth(0).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet thuis"))).isVisible();
        assertThat(first.nth(0)).not().containsText("vorige poging");
        assertThat(programme.visitorApi.get("/api/v1/addresses/" + programme.addressId("Bladzijdestraat 1")
                + "/contact-attempts").json().get("total").asInt()).as("the attempt is gone").isZero();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meer adressen in de Bladzijdestraat")).click();
        assertThat(first).hasCount(15);
        assertAccessible();

        first.nth(1).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Niet thuis")).click();
        assertThat(first.nth(1)).containsText("Vastgelegd");
        first.nth(2).locator("summary").click();
        first.nth(2).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Leegstand")).click();
        assertThat(first.nth(2)).containsText("Vastgelegd: Leegstand");
        page.navigate("/programmes/" + programme.id + "/walk-list");
        assertThat(page.locator("main")).containsText("Nog 16 adressen te doen in 2 straten");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ook gedane adressen")).click();
        assertThat(page.locator("main")).containsText("17 adressen in 2 straten");
        assertAccessible();
    }
}
