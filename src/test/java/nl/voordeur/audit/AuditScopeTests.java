package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

/** A privacy officer of one programme searches that programme's audit entries, not the whole log. */
class AuditScopeTests extends HttpTest {

    static final String STREET = "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n";

    @Test
    void aProgrammesPrivacyOfficerSearchesOnlyThatProgrammeAndItsPeople() {
        var mine = ProgrammeFixture.create(this, STREET);
        var other = ProgrammeFixture.create(this, STREET);
        TestUser officerUser = user(organisation("MUNICIPALITY"));
        assertThat(admin().post("/api/v1/programmes/" + mine.id + "/members",
                Map.of("userId", officerUser.id(), "roles", List.of("PRIVACY_OFFICER"))).status()).isLessThan(300);
        ApiClient officer = api(officerUser.username());
        TestUser outsider = user(organisation("WELFARE"));

        for (var programme : List.of(mine, other)) {
            assertThat(programme.visitorApi.get("/api/v1/programmes/" + programme.id + "/addresses").status()).isEqualTo(200);
            // a refused request carries no programme: it belongs to the person who made it
            assertThat(programme.visitorApi.get("/api/v1/households/" + UUID.randomUUID()).status()).isEqualTo(404);
        }
        assertThat(api(outsider.username()).get("/api/v1/households/" + UUID.randomUUID()).status()).isEqualTo(404);

        var ownResponse = officer.get("/api/v1/audit?size=100&userId=" + mine.visitor.id());
        assertThat(ownResponse.status()).as(ownResponse.body()).isEqualTo(200);
        var own = ownResponse.json();
        assertThat(own.get("total").asLong()).isPositive();
        assertThat(own.get("items").findValuesAsString("action")).contains("LIST", "ACCESS_DENIED");
        assertThat(officer.get("/api/v1/audit?userId=" + other.visitor.id()).json().get("total").asLong())
                .as("another programme's visitor").isZero();
        assertThat(officer.get("/api/v1/audit?userId=" + outsider.id()).json().get("total").asLong())
                .as("someone outside the programme").isZero();
        assertThat(officer.get("/api/v1/audit?size=100").json().get("items").findValuesAsString("userId"))
                .doesNotContain(other.visitor.id().toString(), outsider.id().toString());

        // the installation's privacy officer (a grant without a programme) searches everything
        var everything = api("privacy_officer");
        assertThat(everything.get("/api/v1/audit?userId=" + other.visitor.id()).json().get("total").asLong()).isPositive();
        assertThat(everything.get("/api/v1/audit?userId=" + outsider.id()).json().get("total").asLong()).isPositive();
    }

    /** Issue 16 item 13: an entry about a person carries the person's programme, so it stays in that programme. */
    @Test
    void anEntryAboutAnotherProgrammesPersonStaysOutOfThisProgrammesSearch() {
        var mine = ProgrammeFixture.create(this, STREET);
        var other = ProgrammeFixture.create(this, STREET);
        other.assignAllToThePair();
        TestUser officerUser = user(organisation("MUNICIPALITY"));
        admin().post("/api/v1/programmes/" + mine.id + "/members", Map.of("userId", officerUser.id(), "roles", List.of("PRIVACY_OFFICER")));
        admin().post("/api/v1/programmes/" + mine.id + "/members", Map.of("userId", other.visitor.id(), "roles", List.of("VISITOR")));
        var otherVisitor = api(other.visitor.username()); // the role granted above ended the visitor's earlier token
        var visit = otherVisitor.post("/api/v1/addresses/" + other.addressIds().get(0) + "/visits", Map.of(
                "date", java.time.LocalDate.now().minusDays(1).toString(),
                "members", List.of(Map.of("name", "Els Elders", "birthYear", 1960, "relation", "MAIN_RESIDENT", "present", true))));
        String person = visit.json().get("members").get(0).get("id").asString();
        assertThat(otherVisitor.get("/api/v1/persons/" + person + "/consents").status()).isEqualTo(200);

        var seen = api(officerUser.username()).get("/api/v1/audit?size=200&userId=" + other.visitor.id()).json();
        assertThat(seen.get("total").asLong()).as("the visitor works in this programme too").isPositive();
        assertThat(seen.get("items").findValuesAsString("personId")).doesNotContain(person);
        assertThat(api("privacy_officer").get("/api/v1/audit?size=200&personId=" + person).json()
                .get("items").findValuesAsString("recordType")).contains("Consent");
    }
}
