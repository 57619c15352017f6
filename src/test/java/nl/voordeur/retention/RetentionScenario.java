package nl.voordeur.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.HttpTest.TestUser;
import nl.voordeur.testing.ProgrammeFixture;
import nl.voordeur.testing.TestClock;

/**
 * A programme (May 2018 – December 2019) built through the API in June 2019, with the people a
 * retention test needs: a case manager, a safety officer, a partner and a privacy officer of this
 * programme only.
 */
final class RetentionScenario {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5701 AB,1,Spoorstraat,Helmond
            5701 AB,2,Spoorstraat,Helmond
            5701 AB,3,Spoorstraat,Helmond
            5701 AB,4,Spoorstraat,Helmond
            5701 AB,5,Spoorstraat,Helmond
            """;

    final HttpTest test;
    final ProgrammeFixture programme;
    final TestUser caseManagerUser;
    ApiClient caseManager;
    final ApiClient safetyOfficer;
    private final Map<Integer, String> addresses = new HashMap<>();
    final String partnerOrg;
    final ApiClient partner;
    ApiClient officer;
    final String officerUsername;
    final String caseManagerUsername;

    RetentionScenario(HttpTest test) {
        this.test = test;
        TestClock.set(ZonedDateTime.of(2019, 6, 3, 10, 0, 0, 0, AMSTERDAM));
        programme = ProgrammeFixture.create(test, STREET);
        programme.assignAllToThePair();
        var org = test.organisation("WELFARE");
        caseManagerUser = member(org, "CASE_MANAGER");
        caseManager = test.api(caseManagerUser.username());
        safetyOfficer = test.api(member(org, "SAFETY_OFFICER").username());
        var partnerOrgId = test.organisation("DEBT_SERVICES");
        partnerOrg = partnerOrgId.toString();
        ok(programme.coordinator.post(path("/partners"), Map.of("organisationId", partnerOrgId, "priorityResponseDays", 5)));
        partner = test.api(member(partnerOrgId, "PARTNER").username());
        officerUsername = member(test.organisation("MUNICIPALITY"), "PRIVACY_OFFICER").username();
        officer = test.api(officerUsername);
        caseManagerUsername = caseManagerUser.username();
        for (int n = 1; n <= 5; n++) address(n);
    }

    /** Moves the clock and logs in again (bearer tokens last hours, the clock jumps years). */
    void travelTo(ZonedDateTime moment) {
        TestClock.set(moment);
        officer = test.api(officerUsername);
        caseManager = test.api(caseManagerUsername);
    }

    private TestUser member(java.util.UUID org, String role) {
        TestUser user = test.user(org);
        // the privacy officer is appointed by an administrator, never by the coordinator (Kernteam)
        var appointer = role.equals("PRIVACY_OFFICER") ? test.api("admin") : programme.coordinator;
        ok(appointer.post(path("/members"), Map.of("userId", user.id(), "roles", List.of(role))));
        return user;
    }

    String path(String rest) {
        return "/api/v1/programmes/" + programme.id + rest;
    }

    String address(int number) {
        return addresses.computeIfAbsent(number, n -> programme.addressId("Spoorstraat " + n));
    }

    /** Records a visit and returns the answer: householdId and the members' ids. */
    tools.jackson.databind.JsonNode visit(int number, Map<String, Object> intake, Map<?, ?>... members) {
        Map<String, Object> body = new HashMap<>();
        body.put("date", "2019-06-01");
        body.put("members", List.of(members));
        body.put("minutes", 45);
        if (intake != null) body.put("intake", intake);
        return ok(programme.visitorApi.post("/api/v1/addresses/" + address(number) + "/visits", body)).json();
    }

    static Map<String, Object> member(String name, int birthYear, String relation) {
        return Map.of("name", name, "birthYear", birthYear, "relation", relation, "present", true);
    }

    void attempt(int number, String outcome, String note) {
        ok(programme.visitorApi.post("/api/v1/addresses/" + address(number) + "/contact-attempts", Map.of(
                "date", "2019-05-20", "daypart", "EVENING", "channel", "DOOR", "outcome", outcome, "note", note)));
    }

    String question(String household, String person, String domain, String description) {
        return ok(programme.visitorApi.post("/api/v1/households/" + household + "/help-questions", Map.of(
                "personId", person, "domain", domain, "kind", "QUESTION", "description", description)))
                .json().get("id").asString();
    }

    static ApiClient.Response ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response;
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
