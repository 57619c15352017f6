package nl.voordeur.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import nl.voordeur.testing.TestClock;

/** Break-the-glass (security.md acceptance test 5): reason required, three hours, marked audit, review. */
class BreakGlassTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5702 BG,1,Noodweg,Helmond
            """;
    static final String GROUND = "CASE_MANAGER_UNREACHABLE";
    static final String REASON = "Acute zorg om de kinderen, casemanager onbereikbaar";
    /** How the reason stands in the audit trail: with its ground. */
    static final String AUDITED = GROUND + ": " + REASON;

    ProgrammeFixture programme;
    String household;
    TestUser outsider;
    ZonedDateTime start;

    @BeforeEach
    void visitedHousehold() {
        start = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).truncatedTo(ChronoUnit.SECONDS);
        TestClock.set(start);
        programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", start.toLocalDate().minusDays(1).toString());
        visit.put("members", List.of(Map.of("name", "Noor Bakker", "birthYear", 1985, "relation", "MAIN_RESIDENT", "present", true)));
        household = programme.visitorApi.post("/api/v1/addresses/" + programme.addressIds().get(0) + "/visits", visit)
                .json().get("householdId").asString();
        outsider = user(organisation("WELFARE"));
        member(outsider.id(), "VISITOR");
    }

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** The administrator adds the member: a visitor here may come from any organisation. */
    void member(UUID userId, String role) {
        var added = admin().post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", userId, "roles", List.of(role)));
        if (added.status() != 201) throw new AssertionError(added.body());
    }

    @Test
    void opensTheFileForThreeHoursWithAReasonMarksTheAuditAndNotifiesThePrivacyOfficer() {
        ApiClient visitor = api(outsider.username());
        assertThat(visitor.get("/api/v1/households/" + household).status()).isEqualTo(404);

        var noReason = visitor.post("/api/v1/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", "  "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(visitor.get("/api/v1/households/" + household).status()).isEqualTo(404);

        var granted = visitor.post("/api/v1/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", REASON));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);
        assertThat(Instant.parse(granted.json().get("expiresAt").asString())).isEqualTo(start.toInstant().plusSeconds(3 * 3600));
        var file = visitor.get("/api/v1/households/" + household);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).contains("Noor Bakker");
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND action = 'READ' AND record_type = 'Household'
                  AND record_id = ? AND break_glass AND reason = ?""")
                .params(outsider.id(), household, AUDITED).query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND action = 'BREAK_GLASS' AND reason = ?")
                .params(outsider.id(), AUDITED).query(Long.class).single()).isOne();

        var privacyOfficer = user(organisation("MUNICIPALITY"), "PRIVACY_OFFICER");
        ApiClient officer = api(privacyOfficer.username());
        var review = officer.get("/api/v1/break-glass").json().get("items");
        var grant = java.util.stream.StreamSupport.stream(review.spliterator(), false)
                .filter(g -> g.get("householdId").asString().equals(household)).findFirst().orElseThrow();
        assertThat(grant.get("reason").asString()).isEqualTo(REASON);
        assertThat(grant.get("userId").asString()).isEqualTo(outsider.id().toString());
        var officerPages = pages(privacyOfficer.username());
        assertThat(officerPages.get("/").body()).containsPattern("\\d+ noodtoegang(en)? te beoordelen");
        assertThat(officerPages.get("/break-glass").body()).contains(REASON);
        assertThat(officer.get("/api/v1/audit?userId=" + outsider.id()).body()).contains("\"breakGlass\":true").contains(REASON);
        assertThat(officer.post("/api/v1/break-glass/" + grant.get("id").asString() + "/review", Map.of()).status()).isEqualTo(204);
        assertThat(officer.get("/api/v1/break-glass").body()).doesNotContain(grant.get("id").asString());

        TestClock.set(start.plusHours(3).plusMinutes(1));
        assertThat(visitor.get("/api/v1/households/" + household).status()).isEqualTo(404);
    }

    /** Issue 16 item 14: "." is no reason; a ground must be chosen and the emergency described in words. */
    @Test
    void breakingTheGlassNeedsAGroundAndARealReason() {
        ApiClient visitor = api(outsider.username());
        String path = "/api/v1/households/" + household + "/break-glass";
        var dot = visitor.post(path, Map.of("ground", GROUND, "reason", "."));
        assertThat(dot.status()).isEqualTo(422);
        assertThat(dot.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(dot.json().get("detail").asString()).contains("minstens 20 tekens");
        assertThat(visitor.post(path, Map.of("ground", GROUND, "reason", "!!!!!!!!!!!!!!!!!!!!!!!!")).status())
                .as("punctuation is no description").isEqualTo(422);
        var noGround = visitor.post(path, Map.of("reason", REASON));
        assertThat(noGround.status()).isEqualTo(400);
        assertThat(noGround.json().get("errors").get(0).get("field").asString()).isEqualTo("ground");
        assertThat(visitor.get("/api/v1/households/" + household).status()).as("nothing opened").isEqualTo(404);

        var page = pages(outsider.username());
        page.get("/households/" + household + "/break-glass");
        var pageNoGround = page.postForm("/households/" + household + "/break-glass", Map.of("reason", REASON));
        assertThat(pageNoGround.body()).contains("Kies de grond voor noodtoegang.").contains(REASON);
        assertThat(visitor.post(path, Map.of("ground", GROUND, "reason", REASON)).status()).isEqualTo(201);
    }

    @Test
    void pageOffersEmergencyAccessAndShowsUntilWhen() {
        var page = pages(outsider.username());
        var refused = page.get("/households/" + household);
        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body()).contains("Noodtoegang openen").doesNotContain("Noor Bakker");
        var noReason = page.postForm("/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", ""));
        assertThat(noReason.body()).contains("Vul de reden voor noodtoegang in.");
        assertThat(page.get("/households/" + household).status()).isEqualTo(404);

        var opened = page.postForm("/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", REASON));
        assertThat(opened.status()).isEqualTo(302);
        var file = page.get("/households/" + household);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).contains("Noor Bakker")
                .contains("Noodtoegang tot " + start.plusHours(3).toLocalTime().toString().substring(0, 5));
    }

    @Test
    void onlyProgrammeMembersInARoleThatMayBreakTheGlassCan() {
        ApiClient stranger = api(user(organisation("WELFARE")).username());
        assertThat(stranger.post("/api/v1/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", REASON)).status()).isEqualTo(404);

        var partnerOrg = organisation("DEBT_SERVICES");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners", Map.of("organisationId", partnerOrg, "priorityResponseDays", 2));
        var partner = user(partnerOrg);
        member(partner.id(), "PARTNER");
        var council = user(organisation("MUNICIPALITY"));
        member(council.id(), "COUNCIL");
        for (TestUser refused : List.of(partner, council)) {
            ApiClient api = api(refused.username());
            assertThat(api.post("/api/v1/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", REASON)).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/households/" + household).status()).isEqualTo(404);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM household.break_glass WHERE household_id = ?::uuid").param(household)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND action = 'ACCESS_DENIED' AND record_id = ?")
                .params(partner.id(), household).query(Long.class).single()).as("the refused break-glass and the refused read")
                .isEqualTo(2);
    }

    @Test
    void policeStillNeverSeeHealthDomainsUnderBreakGlass() {
        String person = jdbc.sql("SELECT id::text FROM household.person WHERE household_id = ?::uuid").param(household)
                .query(String.class).single();
        programme.visitorApi.post("/api/v1/persons/" + person + "/conversations",
                Map.of("domain", "MENTAL_HEALTH", "note", "Slaapt slecht sinds de scheiding"));
        programme.visitorApi.post("/api/v1/persons/" + person + "/conversations",
                Map.of("domain", "FINANCES", "note", "Rekeningen stapelen zich op"));
        var officer = user(organisation("POLICE"));
        member(officer.id(), "VISITOR");
        ApiClient police = api(officer.username());
        assertThat(police.post("/api/v1/households/" + household + "/break-glass", Map.of("ground", GROUND, "reason", REASON)).status()).isEqualTo(201);
        var file = police.get("/api/v1/households/" + household);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).contains("Rekeningen stapelen zich op").doesNotContain("Slaapt slecht", "MENTAL_HEALTH");
    }
}
