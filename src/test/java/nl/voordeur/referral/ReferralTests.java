package nl.voordeur.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import nl.voordeur.testing.TestClock;

class ReferralTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5701 AB,1,Spoorstraat,Helmond
            5701 AB,2,Spoorstraat,Helmond
            """;

    ProgrammeFixture programme;
    ApiClient caseManager;
    UUID partnerA;
    UUID partnerB;
    ApiClient partnerAUser;
    ApiClient partnerBUser;
    String caseManagerName;
    String partnerAName;
    String household;
    String person;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** A programme with a visited household, a case manager and two partner organisations with a user each. */
    void setUp(LocalDate visitDate) {
        programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        var cm = user(organisation("WELFARE"));
        member(cm.id(), "CASE_MANAGER");
        caseManager = api(cm.username());
        caseManagerName = cm.username();
        partnerA = organisation("DEBT_SERVICES");
        partnerB = organisation("MENTAL_HEALTH");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners", Map.of("organisationId", partnerA, "priorityResponseDays", 2));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners", Map.of("organisationId", partnerB, "priorityResponseDays", 5));
        var a = user(partnerA);
        var b = user(partnerB);
        member(a.id(), "PARTNER");
        member(b.id(), "PARTNER");
        partnerAUser = api(a.username());
        partnerAName = a.username();
        partnerBUser = api(b.username());
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", visitDate.toString());
        visit.put("members", List.of(Map.of("name", "Piet Jansen", "birthYear", 1970, "relation", "MAIN_RESIDENT", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit).json();
        household = recorded.get("householdId").asString();
        person = recorded.get("members").get(0).get("id").asString();
        takes(caseManager, cm.id(), household);
    }

    /** The administrator adds the member: a visitor here may come from any organisation. */
    void member(UUID userId, String role) {
        var added = admin().post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", userId, "roles", List.of(role)));
        if (added.status() != 201) throw new AssertionError(added.body());
    }

    String question(String domain, String text) {
        return programme.visitorApi.post("/api/v1/households/" + household + "/help-questions",
                Map.of("personId", person, "domain", domain, "kind", "QUESTION", "description", text)).json().get("id").asString();
    }

    void consent(UUID organisation, boolean given) {
        var response = caseManager.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", organisation,
                "purpose", "REFERRAL", "given", given, "method", "VERBAL", "date", LocalDate.now(TestClockZone.clock()).toString()));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
    }

    ApiClient.Response send(String question, UUID organisation) {
        return caseManager.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", organisation, "priority", true, "warmHandover", true, "note", "Graag snel contact"));
    }

    @Test
    void fromVisitToCloseThroughTriageReferralAcceptanceAndCompletion() {
        setUp(LocalDate.now().minusDays(1));
        String question = question("FINANCES", "Schulden bij de energieleverancier");
        var queue = caseManager.get("/api/v1/programmes/" + programme.id + "/triage").json();
        assertThat(queue.get("items").toString()).contains(question);
        assertThat(caseManager.post("/api/v1/help-questions/" + question + "/triage",
                Map.of("handler", "REFERRAL", "reason", "Schuldhulp nodig")).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ? AND purpose = 'triage'")
                .param(question).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE concat(purpose, details) LIKE '%Schuldhulp nodig%'")
                .query(Long.class).single()).as("the append-only audit log holds no case text").isZero();

        var refused = send(question, partnerA);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("toestemming");

        consent(partnerA, true);
        String referral = send(question, partnerA).json().get("id").asString();
        assertThat(caseManager.get("/api/v1/help-questions/" + question + "/referrals").json()
                .get("items").get(0).get("id").asString()).isEqualTo(referral);
        var inbox = partnerAUser.get("/api/v1/referrals").json();
        assertThat(inbox.get("total").asInt()).isOne();
        var item = inbox.get("items").get(0);
        assertThat(item.get("personName").asString()).isEqualTo("Piet Jansen");
        assertThat(item.get("question").asString()).contains("energieleverancier");
        assertThat(item.has("members")).isFalse();

        assertThat(partnerBUser.get("/api/v1/referrals/" + referral).status()).isEqualTo(404);
        assertThat(partnerBUser.post("/api/v1/referrals/" + referral + "/accept", Map.of()).status()).isEqualTo(404);
        assertThat(partnerBUser.get("/api/v1/referrals").json().get("total").asInt()).isZero();

        assertThat(partnerAUser.post("/api/v1/referrals/" + referral + "/accept", Map.of()).json().get("status").asString())
                .isEqualTo("ACCEPTED");
        assertThat(partnerAUser.post("/api/v1/referrals/" + referral + "/complete", Map.of("successful", true))
                .json().get("status").asString()).isEqualTo("COMPLETED");
        assertThat(caseManager.get("/api/v1/referrals/" + referral).json().get("successful").asBoolean()).isTrue();
        assertThat(caseManager.post("/api/v1/help-questions/" + question + "/close", Map.of("outcome", "RESOLVED")).status())
                .isEqualTo(200);
        var file = caseManager.get("/api/v1/households/" + household).json();
        assertThat(file.get("helpQuestions").get(0).get("status").asString()).isEqualTo("CLOSED");
        assertThat(file.get("helpQuestions").get(0).get("outcome").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void aPoliceUserNeverSeesAHealthDomainQuestion() {
        setUp(LocalDate.now().minusDays(1));
        question("PHYSICAL_HEALTH", "Valt vaak, heeft hulp nodig bij het traplopen");
        question("NEIGHBOURHOOD_SAFETY", "Overlast van hangjongeren");
        var police = user(organisation("POLICE"));
        member(police.id(), "VISITOR");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/assignments",
                Map.of("visitorIds", List.of(police.id()), "addressIds", List.of(programme.addressId("Spoorstraat 1"))));
        var file = api(police.username()).get("/api/v1/households/" + household);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).contains("NEIGHBOURHOOD_SAFETY").doesNotContain("PHYSICAL_HEALTH").doesNotContain("traplopen");
        assertThat(caseManager.get("/api/v1/households/" + household).body()).contains("PHYSICAL_HEALTH");
    }

    @Test
    void withdrawnConsentRefusesNewReferralsAndHidesThePersonFromThePartner() {
        setUp(LocalDate.now().minusDays(1));
        String first = question("FINANCES", "Achterstand huur");
        consent(partnerA, true);
        String referral = send(first, partnerA).json().get("id").asString();
        assertThat(partnerAUser.get("/api/v1/referrals/" + referral).status()).isEqualTo(200);

        consent(partnerA, false);
        var refused = send(question("FINANCES", "Toeslagen"), partnerA);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("organisationId");
        assertThat(partnerAUser.get("/api/v1/referrals/" + referral).status()).isEqualTo(404);
        assertThat(partnerAUser.get("/api/v1/referrals").json().get("total").asInt()).isZero();
    }

    @Test
    void aRecordedLegalBasisTakesThePlaceOfConsentAndMustBeNamed() {
        setUp(LocalDate.now().minusDays(1));
        String today = LocalDate.now(TestClockZone.clock()).toString();
        var unnamed = caseManager.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", partnerB,
                "purpose", "REFERRAL", "given", true, "method", "LEGAL_BASIS", "date", today));
        assertThat(unnamed.status()).isEqualTo(422);
        assertThat(unnamed.json().get("errors").get(0).get("field").asString()).isEqualTo("legalBasis");
        String question = question("DOMESTIC_VIOLENCE", "Zorgen over de veiligheid thuis");
        assertThat(send(question, partnerB).status()).as("neither consent nor a legal basis yet").isEqualTo(422);

        var named = caseManager.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", partnerB,
                "purpose", "REFERRAL", "given", true, "method", "LEGAL_BASIS",
                "legalBasis", "Meldrecht Wmo 2015 art. 5.2.6", "date", today));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        var sent = send(question, partnerB);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(caseManager.get("/api/v1/persons/" + person + "/consents").body()).contains("Meldrecht Wmo 2015 art. 5.2.6");
    }

    @Test
    void thePriorityClockCountsWorkingDaysPastKingsDayAndMarksOverdue() {
        ZoneId amsterdam = ZoneId.of("Europe/Amsterdam");
        TestClock.set(ZonedDateTime.of(2026, 4, 24, 10, 0, 0, 0, amsterdam)); // Friday before King's Day (Mon 27 April)
        setUp(LocalDate.of(2026, 4, 23));
        String question = question("FINANCES", "Schulden");
        consent(partnerA, true);
        String referral = send(question, partnerA).json().get("id").asString();
        var sent = caseManager.get("/api/v1/referrals/" + referral).json();
        assertThat(sent.get("dueOn").asString()).isEqualTo("2026-04-29");   // Tue 28 and Wed 29; 25-27 are not working days

        TestClock.set(ZonedDateTime.of(2026, 4, 29, 16, 0, 0, 0, amsterdam));
        caseManager = api(caseManagerName);   // tokens expire after 8 hours of (test) clock time
        assertThat(caseManager.get("/api/v1/referrals/" + referral).json().get("overdue").asBoolean()).isFalse();
        assertThat(caseManager.get("/api/v1/programmes/" + programme.id + "/referrals/overdue").json().get("total").asInt()).isZero();

        TestClock.set(ZonedDateTime.of(2026, 4, 30, 9, 0, 0, 0, amsterdam));
        caseManager = api(caseManagerName);
        partnerAUser = api(partnerAName);
        assertThat(caseManager.get("/api/v1/referrals/" + referral).json().get("overdue").asBoolean()).isTrue();
        assertThat(caseManager.get("/api/v1/programmes/" + programme.id + "/referrals/overdue").json()
                .get("items").get(0).get("id").asString()).isEqualTo(referral);

        partnerAUser.post("/api/v1/referrals/" + referral + "/accept", Map.of());
        var answered = caseManager.get("/api/v1/referrals/" + referral).json();
        assertThat(answered.get("overdue").asBoolean()).isFalse();
        assertThat(answered.get("responseDays").asInt()).isEqualTo(3);     // Tue 28, Wed 29, Thu 30
    }

    /** The clock the application uses in tests. */
    static final class TestClockZone {
        static java.time.Clock clock() {
            return new TestClock().withZone(ZoneId.of("Europe/Amsterdam"));
        }
    }

    @Test
    void aQuestionRoutedToASpecialismReachesThatSpecialistWhoClosesIt() {
        setUp(LocalDate.now().minusDays(1));
        String question = question("FINANCES", "Toeslagen niet aangevraagd");
        caseManager.post("/api/v1/help-questions/" + question + "/triage", Map.of("handler", "BENEFITS_CHECKER", "reason", "Voorzieningencheck"));
        var checkerUser = admin().post("/api/v1/users", Map.of("username", "u-vc-" + UUID.randomUUID().toString().substring(0, 8),
                "password", PASSWORD, "displayName", "Checker", "organisationId", organisation("MUNICIPALITY"),
                "specialism", "BENEFITS_CHECKER", "roles", List.of())).json().get("id").asString();
        member(UUID.fromString(checkerUser), "SPECIALIST");
        String username = admin().get("/api/v1/users/" + checkerUser).json().get("username").asString();
        var checker = api(username);
        var queue = checker.get("/api/v1/programmes/" + programme.id + "/specialist-queue").json();
        assertThat(queue.get("total").asInt()).isOne();
        assertThat(checker.get("/api/v1/households/" + household).status()).isEqualTo(404);
        assertThat(checker.post("/api/v1/help-questions/" + question + "/close", Map.of("outcome", "RESOLVED")).status()).isEqualTo(200);
        assertThat(checker.get("/api/v1/programmes/" + programme.id + "/specialist-queue").json().get("total").asInt()).isZero();
    }
}
