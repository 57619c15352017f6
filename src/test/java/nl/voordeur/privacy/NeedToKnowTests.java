package nl.voordeur.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;
import nl.voordeur.testing.ProgrammeFixture;
import nl.voordeur.testing.TestClock;

/**
 * Need to know, seen from the caller's side: the police never receive a health domain, in a
 * page, a fragment, the API or a derived figure such as the help-question profile; and lists
 * never give away that records exist which the caller may not see (totals, search hits).
 */
class NeedToKnowTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5702 CD,1,Wethouder Ebbenlaan,Helmond
            5702 CD,2,Wethouder Ebbenlaan,Helmond
            5702 CD,3,Wethouder Ebbenlaan,Helmond
            """;
    static final List<String> HEALTH_WORDS = List.of("PHYSICAL_HEALTH", "MENTAL_HEALTH", "SUBSTANCE_USE", "\"ADL\"",
            "Lichamelijke gezondheid", "lichamelijke gezondheid", "Geestelijke gezondheid", "geestelijke gezondheid",
            "Valt vaak", "Somber sinds");

    ProgrammeFixture programme;
    String household;
    String person;

    void visitedHousehold() {
        programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(1).toString());
        visit.put("members", List.of(Map.of("name", "Ans Willems", "birthYear", 1958, "relation", "MAIN_RESIDENT", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Wethouder Ebbenlaan 1") + "/visits", visit).json();
        household = recorded.get("householdId").asString();
        person = recorded.get("members").get(0).get("id").asString();
    }

    String question(String domain, String text) {
        return programme.visitorApi.post("/api/v1/households/" + household + "/help-questions",
                Map.of("personId", person, "domain", domain, "kind", "QUESTION", "description", text)).json().get("id").asString();
    }

    TestUser member(String organisationKind, String role) {
        TestUser user = user(organisation(organisationKind));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", user.id(), "roles", List.of(role)));
        return user;
    }

    /** Issue 16 item 2: the health filter holds whatever role a police user has, exports and reports included. */
    @Test
    void aPolicePrivacyOfficerExportsNoHealthDomainAndAPoliceCoordinatorCountsNone() {
        visitedHousehold();
        question("MENTAL_HEALTH", "Somber sinds het overlijden van haar man");
        question("NEIGHBOURHOOD_SAFETY", "Overlast in de portiek");
        programme.visitorApi.post("/api/v1/persons/" + person + "/conversations",
                Map.of("domain", "SUBSTANCE_USE", "note", "Drinkt sinds de scheiding"));
        TestUser officer = user(organisation("POLICE"));
        admin().post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", officer.id(), "roles", List.of("PRIVACY_OFFICER")));
        TestUser coordinator = member("POLICE", "COORDINATOR");

        ApiClient police = api(officer.username());
        var json = police.get("/api/v1/persons/" + person + "/export");
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("Overlast in de portiek").doesNotContain(HEALTH_WORDS)
                .doesNotContain("SUBSTANCE_USE", "Drinkt sinds");
        assertThat(pdfText(police.getBytes("/api/v1/persons/" + person + "/export.pdf").body()))
                .contains("Overlast in de").doesNotContain("Somber", "Drinkt sinds");

        var report = api(coordinator.username()).get("/api/v1/programmes/" + programme.id + "/report").json();
        assertThat(report.get("domains").toString()).contains("NEIGHBOURHOOD_SAFETY").doesNotContain("MENTAL_HEALTH");
        assertThat(report.get("profile").get("single").asLong()).as("the hidden domain makes no household MULTIPLE")
                .isOne();
        assertThat(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report").json()
                .get("profile").get("multiple").asLong()).as("another coordinator counts it").isOne();
    }

    private static String pdfText(byte[] pdf) {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPoliceCaseManagerNeverReceivesAHealthDomainInAPageTheApiOrADerivedFigure() {
        visitedHousehold();
        question("PHYSICAL_HEALTH", "Valt vaak op de trap");
        question("MENTAL_HEALTH", "Somber sinds het overlijden van haar man");
        question("NEIGHBOURHOOD_SAFETY", "Overlast in de portiek");
        TestUser police = member("POLICE", "CASE_MANAGER");
        programme.coordinator.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", police.id()));
        ApiClient api = api(police.username());
        api.post("/api/v1/persons/" + person + "/scores", Map.of("domain", "NEIGHBOURHOOD_SAFETY", "score", 2, "date", LocalDate.now().minusDays(1).toString()));
        ApiClient visitor = programme.visitorApi;
        visitor.post("/api/v1/persons/" + person + "/scores", Map.of("domain", "MENTAL_HEALTH", "score", 2, "date", LocalDate.now().minusDays(1).toString()));
        visitor.post("/api/v1/persons/" + person + "/scores", Map.of("domain", "MENTAL_HEALTH", "score", 4, "date", LocalDate.now().toString()));
        String caseId = api.post("/api/v1/households/" + household + "/cases",
                Map.of("ownerId", police.id(), "personIds", List.of(person))).json().get("id").asString();

        var file = api.get("/api/v1/households/" + household);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.body()).contains("NEIGHBOURHOOD_SAFETY");
        assertThat(file.json().get("profile").asString()).as("two hidden health domains must not turn SINGLE into MULTIPLE")
                .isEqualTo("SINGLE");
        var caseFile = api.get("/api/v1/cases/" + caseId);
        assertThat(caseFile.status()).isEqualTo(200);
        PageClient pages = pages(police.username());
        for (String body : List.of(file.body(), caseFile.body(),
                api.get("/api/v1/households/" + household + "/help-questions").body(),
                api.get("/api/v1/households/" + household + "/cases").body(),
                pages.get("/households/" + household).body(),
                pages.get("/households/" + household + "/work").body(),
                pages.get("/cases/" + caseId).body())) {
            assertThat(body).doesNotContain(HEALTH_WORDS);
        }
        assertThat(api(programme.visitor.username()).get("/api/v1/households/" + household).json().get("profile").asString())
                .as("others still see the full profile").isEqualTo("MULTIPLE");
    }

    @Test
    void aVisitorsRegisterCountsAndFindsOnlyTheAddressesAssignedToThem() {
        programme = ProgrammeFixture.create(this, STREET);
        List<String> ids = programme.addressIds();
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/assignments",
                Map.of("visitorIds", List.of(programme.visitor.id()), "addressIds", ids.subList(0, 2)));
        ApiClient visitor = programme.visitorApi;
        String base = "/api/v1/programmes/" + programme.id + "/addresses";

        assertThat(visitor.get(base).json().get("total").asInt()).isEqualTo(2);
        assertThat(visitor.get(base + "?size=1").json().get("total").asInt()).as("pagination total").isEqualTo(2);
        assertThat(visitor.get(base + "?q=Wethouder%20Ebbenlaan%203").json().get("total").asInt()).as("search hit").isZero();
        assertThat(programme.coordinator.get(base + "?q=Wethouder%20Ebbenlaan%203").json().get("total").asInt()).isOne();
        assertThat(visitor.get(base + "?street=Wethouder%20Ebbenlaan").json().get("total").asInt()).isEqualTo(2);
        String unassigned = ids.stream().filter(id -> !ids.subList(0, 2).contains(id)).findFirst().orElseThrow();
        assertThat(visitor.get("/api/v1/addresses/" + unassigned).status()).isEqualTo(404);
        String page = pages(programme.visitor.username()).get("/programmes/" + programme.id + "/addresses").body();
        assertThat(page).contains(ids.get(0)).contains(ids.get(1)).doesNotContain(unassigned);
        assertThat(programme.coordinator.get(base).json().get("total").asInt()).as("the coordinator plans all three").isEqualTo(3);
    }

    @Test
    void aCaseManagerSeesNeitherAnotherCaseManagersHouseholdNorItsQuestionsInTheTriageQueue() {
        visitedHousehold();
        question("FINANCES", "Achterstand bij de energieleverancier");
        TestUser owner = member("WELFARE", "CASE_MANAGER");
        TestUser other = member("WELFARE", "CASE_MANAGER");
        programme.coordinator.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", owner.id()));
        ApiClient stranger = api(other.username());

        var queue = stranger.get("/api/v1/programmes/" + programme.id + "/triage").json();
        assertThat(queue.get("total").asInt()).isZero();
        assertThat(queue.toString()).doesNotContain("energieleverancier");
        assertThat(stranger.get("/api/v1/households/" + household).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/persons/" + person + "/consents").status()).isEqualTo(404);
        assertThat(pages(other.username()).get("/households/" + household).status()).isEqualTo(404);
        assertThat(api(owner.username()).get("/api/v1/programmes/" + programme.id + "/triage").json().get("total").asInt())
                .isOne();
    }

    @Test
    void aRemovedCaseManagerLosesTheFileInAnOpenBrowserSession() {
        visitedHousehold();
        TestUser caseManager = member("WELFARE", "CASE_MANAGER");
        ApiClient api = api(caseManager.username());
        takes(api, caseManager.id(), household);
        PageClient browser = pages(caseManager.username());
        assertThat(browser.get("/households/" + household).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/households/" + household).status()).isEqualTo(200);

        assertThat(programme.coordinator.delete("/api/v1/programmes/" + programme.id + "/members/" + caseManager.id())
                .status()).isIn(200, 204);

        var page = browser.get("/households/" + household);
        assertThat(page.status()).as("the open page session, on its next request").isEqualTo(404);
        assertThat(page.body()).doesNotContain("Ans Willems");
        assertThat(api.get("/api/v1/households/" + household).status()).as("the token was revoked with the role")
                .isEqualTo(401);
    }

    @Test
    void aCoordinatorOpensTheProgrammeTheyCreatedWithoutLoggingInAgain() {
        UUID org = organisation("MUNICIPALITY");
        TestUser coordinator = user(org);
        String existing = admin().post("/api/v1/programmes", programmeBody("Bestaand " + UUID.randomUUID())).json().get("id").asString();
        admin().post("/api/v1/programmes/" + existing + "/members", Map.of("userId", coordinator.id(), "roles", List.of("COORDINATOR")));
        PageClient browser = pages(coordinator.username());
        ApiClient api = api(coordinator.username());

        String created = api.post("/api/v1/programmes", programmeBody("Nieuw " + UUID.randomUUID())).json().get("id").asString();

        assertThat(browser.get("/programmes/" + created).status()).as("the page session sees the new grant").isEqualTo(200);
        assertThat(api.get("/api/v1/programmes/" + created + "/members").status()).as("so does the token").isEqualTo(200);
    }

    @Test
    void aCaseManagerReadsAHouseholdWithoutCaseManagerOnlyAsMetadataUntilTakingIt() {
        visitedHousehold();
        question("FINANCES", "Achterstand bij de energieleverancier");
        question("MENTAL_HEALTH", "Somber sinds het overlijden van haar man");
        TestUser first = member("WELFARE", "CASE_MANAGER");
        TestUser second = member("WELFARE", "CASE_MANAGER");
        TestUser police = member("POLICE", "CASE_MANAGER");
        ApiClient taker = api(first.username());
        String unassigned = "/api/v1/programmes/" + programme.id + "/households/unassigned";

        // before anyone takes it: no file, no questions in the queue, only the address and a count
        for (TestUser caseManager : List.of(first, second)) {
            ApiClient api = api(caseManager.username());
            assertThat(api.get("/api/v1/households/" + household).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/households/" + household + "/help-questions").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/persons/" + person + "/consents").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/programmes/" + programme.id + "/triage").json().get("total").asInt()).isZero();
            var free = api.get(unassigned).json();
            assertThat(free.get("total").asInt()).isOne();
            assertThat(free.get("items").get(0).get("householdId").asString()).isEqualTo(household);
            assertThat(free.get("items").get(0).get("address").asString()).isEqualTo("Wethouder Ebbenlaan 1");
            assertThat(free.get("items").get(0).get("openQuestions").asInt()).isEqualTo(2);
            assertThat(free.toString()).doesNotContain("Ans Willems", "energieleverancier", "FINANCES", "Somber");
        }
        var policeView = api(police.username()).get(unassigned).json();
        assertThat(policeView.get("items").get(0).get("openQuestions").asInt()).as("the health question is not counted for police")
                .isOne();
        assertThat(programme.coordinator.get(unassigned).json().get("total").asInt()).as("the coordinator sees it too").isOne();
        assertThat(programme.visitorApi.get(unassigned).status()).as("a visitor has no such list").isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND record_type = 'Household' AND purpose = 'assignment'")
                .param(second.id()).query(Long.class).single()).as("the list is audited").isPositive();

        // a case manager takes it: now it is theirs alone, and gone from the list
        takes(taker, first.id(), household);
        assertThat(taker.get("/api/v1/households/" + household).status()).isEqualTo(200);
        assertThat(taker.get("/api/v1/programmes/" + programme.id + "/triage").json().get("total").asInt()).isEqualTo(2);
        ApiClient other = api(second.username());
        assertThat(other.get("/api/v1/households/" + household).status()).isEqualTo(404);
        assertThat(other.get(unassigned).json().get("total").asInt()).isZero();
        assertThat(other.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", second.id())).status())
                .as("nobody takes a household that has a case manager").isEqualTo(403);
        assertThat(programme.coordinator.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", second.id()))
                .status()).as("the coordinator may hand it over").isEqualTo(200);
        assertThat(other.get("/api/v1/households/" + household).status()).isEqualTo(200);
        assertThat(taker.get("/api/v1/households/" + household).status()).as("the first lost it with the hand-over").isEqualTo(404);
    }

    @Test
    void aVisitorsAccessToTheFileEndsSixtyDaysAfterTheLatestVisitUnlessARevisitIsPlanned() {
        visitedHousehold();
        String file = "/api/v1/households/" + household;
        String visitor = programme.visitor.username();
        assertThat(api(visitor).get(file).status()).isEqualTo(200);
        TestUser owner = member("WELFARE", "CASE_MANAGER");
        takes(api(owner.username()), owner.id(), household);
        try {
            ZonedDateTime later = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(61).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            TestClock.set(later);
            assertThat(api(visitor).get(file).status()).as("61 days after the visit").isEqualTo(404);
            assertThat(pages(visitor).get("/households/" + household).status()).isEqualTo(404);
            assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND outcome <> 'SUCCESS' AND at >= ?")
                    .params(programme.visitor.id(), java.sql.Timestamp.from(later.toInstant())).query(Long.class).single())
                    .as("the refusal is audited").isPositive();
            ApiClient caseManager = api(owner.username());
            int version = caseManager.get(file).json().get("version").asInt();
            var planned = caseManager.put(file + "/intake", Map.of("version", version, "intake",
                    Map.of("interpreterNeeded", false, "revisitDate", later.toLocalDate().plusDays(14).toString())));
            assertThat(planned.status()).as(planned.body()).isEqualTo(200);
            assertThat(api(visitor).get(file).status()).as("a revisit is planned: the visitor prepares it").isEqualTo(200);
            TestClock.set(later.plusDays(14 + 61));
            assertThat(api(visitor).get(file).status()).as("61 days after the planned revisit").isEqualTo(404);
            assertThat(api(owner.username()).get(file).status()).as("the case manager keeps the file").isEqualTo(200);
        } finally {
            TestClock.reset();
        }
    }

    private int householdVersion() {
        return jdbc.sql("SELECT version FROM household.household WHERE id = ?").param(UUID.fromString(household))
                .query(Integer.class).single();
    }

    /** Issue 16 item 15: a new visit after the term records what it records, and opens nothing else. */
    @Test
    void aVisitorWhoseTermEndedDoesNotReopenTheFileByRecordingANewVisit() {
        visitedHousehold();
        question("FINANCES", "Betalingsachterstand bij de energieleverancier");
        String file = "/api/v1/households/" + household;
        String visitor = programme.visitor.username();
        String address = programme.addressId("Wethouder Ebbenlaan 1");
        try {
            ZonedDateTime later = ZonedDateTime.now(ZoneId.of("Europe/Amsterdam")).plusDays(61).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            TestClock.set(later);
            assertThat(api(visitor).get(file).status()).as("the term ended").isEqualTo(404);
            Map<String, Object> again = new HashMap<>();
            again.put("date", later.toLocalDate().toString());
            again.put("members", List.of(Map.of("name", "Ans Willems", "birthYear", 1958, "relation", "MAIN_RESIDENT", "present", true)));
            again.put("intake", Map.of("interpreterNeeded", false, "revisitDate", later.toLocalDate().plusDays(7).toString()));
            again.put("householdVersion", householdVersion()); // the visit form reads it for the visitor, who cannot read the file
            var recorded = api(visitor).post("/api/v1/addresses/" + address + "/visits", again);
            assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
            assertThat(recorded.body()).doesNotContain("Betalingsachterstand");
            assertThat(api(visitor).get(file).status()).as("the new visit does not reopen the file").isEqualTo(404);
            assertThat(api(visitor).get("/api/v1/households/" + household + "/help-questions").status()).isEqualTo(404);

            // the address is assigned again (a fresh login: the fixture's tokens are two months old by now)
            var assigned = api("admin").post("/api/v1/programmes/" + programme.id + "/assignments",
                    Map.of("visitorIds", List.of(programme.visitor.id()), "addressIds", List.of(address)));
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
            assertThat(api(visitor).get(file).status()).as("a fresh assignment opens the file").isEqualTo(200);
        } finally {
            TestClock.reset();
        }
    }

    @Test
    void aDeniedReadIsAnsweredLikeAMissingRecordAndAudited() {
        visitedHousehold();
        TestUser council = member("MUNICIPALITY", "COUNCIL");
        ApiClient api = api(council.username());
        var hidden = api.get("/api/v1/households/" + household);
        var missing = api.get("/api/v1/households/" + UUID.randomUUID());
        assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(hidden.json().get("detail").asString()).isEqualTo(missing.json().get("detail").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE user_id = ? AND record_id = ? AND outcome <> 'SUCCESS'")
                .params(council.id(), household).query(Long.class).single()).isPositive();
    }

    @Test
    void theCoordinatorSeesOverdueReferralsWithoutWhoAndWhatAndTheVisitorNotTheCaseWork() {
        visitedHousehold();
        String question = question("FINANCES", "Aanmaning van de zorgverzekeraar");
        TestUser caseManager = member("WELFARE", "CASE_MANAGER");
        ApiClient cm = api(caseManager.username());
        UUID partner = organisation("DEBT_SERVICES");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", partner, "priorityResponseDays", 3));
        programme.coordinator.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", caseManager.id()));
        cm.post("/api/v1/help-questions/" + question + "/triage", Map.of("handler", "REFERRAL", "reason", "Schuldhulp"));
        cm.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", partner, "purpose", "REFERRAL",
                "given", true, "method", "VERBAL", "date", LocalDate.now().toString()));
        var referral = cm.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", partner, "priority", true, "warmHandover", false));
        assertThat(referral.status()).isEqualTo(201);
        jdbc.sql("UPDATE referral.referral SET due_on = ? WHERE id = ?::uuid")
                .params(LocalDate.now().minusDays(3), referral.json().get("id").asString()).update();
        String overdue = "/api/v1/programmes/" + programme.id + "/referrals/overdue";

        var forCoordinator = programme.coordinator.get(overdue).json();
        assertThat(forCoordinator.get("total").asInt()).isOne();
        var shown = forCoordinator.get("items").get(0);
        assertThat(shown.path("personName").isNull() || shown.path("personName").isMissingNode()).isTrue();
        assertThat(shown.path("domain").isNull() || shown.path("domain").isMissingNode()).as("the life domain is case content").isTrue();
        assertThat(shown.path("householdId").isNull() || shown.path("householdId").isMissingNode()).isTrue();
        assertThat(shown.path("organisationName").asString()).isNotBlank();
        assertThat(shown.path("dueOn").asString()).isNotBlank();
        assertThat(forCoordinator.toString()).doesNotContain("Ans Willems").doesNotContain("zorgverzekeraar");
        String page = pageClientOf(programme.coordinator).get("/programmes/" + programme.id + "/referrals/overdue").body();
        assertThat(page).doesNotContain("Ans Willems").contains("afgeschermd");
        assertThat(cm.get(overdue).json().get("items").get(0).get("personName").asString()).isEqualTo("Ans Willems");

        assertThat(programme.visitorApi.get("/api/v1/households/" + household).status()).isEqualTo(200);
        assertThat(programme.visitorApi.get("/api/v1/households/" + household + "/cases").status()).isEqualTo(404);
        assertThat(programme.visitorApi.get("/api/v1/help-questions/" + question + "/referrals").status()).isEqualTo(404);

        // a visitor of the household who is also a case manager (of other households) still sees only the metadata
        assertThat(programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", programme.visitor.id(), "roles", List.of("VISITOR", "CASE_MANAGER"))).status()).isLessThan(300);
        var visitingCaseManager = api(programme.visitor.username()); // the role change ended the earlier token
        var forVisitingCaseManager = visitingCaseManager.get(overdue).json();
        assertThat(forVisitingCaseManager.get("total").asInt()).isOne();
        assertThat(forVisitingCaseManager.toString()).doesNotContain("Ans Willems").doesNotContain("zorgverzekeraar");
    }

    @Test
    void aPoliceCaseManagerCannotOpenAHealthReferralByItsIdNorSeeItAmongTheOverdue() {
        visitedHousehold();
        String question = question("MENTAL_HEALTH", "Somber sinds het overlijden van haar man");
        TestUser welfareUser = member("WELFARE", "CASE_MANAGER");
        ApiClient welfare = api(welfareUser.username());
        takes(welfare, welfareUser.id(), household);
        UUID partner = organisation("MENTAL_HEALTH");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", partner, "priorityResponseDays", 3));
        welfare.post("/api/v1/help-questions/" + question + "/triage", Map.of("handler", "REFERRAL", "reason", "GGZ"));
        welfare.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", partner, "purpose", "REFERRAL",
                "given", true, "method", "WRITTEN", "date", LocalDate.now().toString()));
        String referral = welfare.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", partner, "priority", true, "warmHandover", false)).json().get("id").asString();
        jdbc.sql("UPDATE referral.referral SET due_on = ? WHERE id = ?::uuid").params(LocalDate.now().minusDays(3), referral).update();
        UUID policePartner = organisation("POLICE");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", policePartner, "priorityResponseDays", 3));
        var toPolice = welfare.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", policePartner, "priority", false, "warmHandover", false));
        assertThat(toPolice.status()).isEqualTo(422);
        assertThat(toPolice.json().get("detail").asString()).contains("politie");
        TestUser police = member("POLICE", "CASE_MANAGER");
        programme.coordinator.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", police.id()));
        ApiClient api = api(police.username());

        assertThat(api.get("/api/v1/referrals/" + referral).status()).isEqualTo(404);
        assertThat(pages(police.username()).get("/referrals/" + referral).status()).isEqualTo(404);
        var overdue = api.get("/api/v1/programmes/" + programme.id + "/referrals/overdue");
        assertThat(overdue.json().get("total").asInt()).isZero();
        assertThat(overdue.body()).doesNotContain(HEALTH_WORDS);
        assertThat(welfare.get("/api/v1/programmes/" + programme.id + "/referrals/overdue").json().get("total").asInt())
                .as("the referral exists and is overdue").isOne();
        // acting on the health question by its id is answered as if it did not exist, and changes nothing
        assertThat(api.post("/api/v1/help-questions/" + question + "/triage", Map.of("handler", "CASE_MANAGER", "reason", "Zelf")).status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/help-questions/" + question + "/close", Map.of("outcome", "RESOLVED")).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", partner, "priority", false, "warmHandover", false)).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT status || handler FROM household.help_question WHERE id = ?::uuid").param(question)
                .query(String.class).single()).isEqualTo("TRIAGEDREFERRAL");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'ACCESS_DENIED' AND record_type = 'HelpQuestion' "
                + "AND record_id = ? AND user_id = ?::uuid").params(question, police.id()).query(Long.class).single()).isEqualTo(3L);
        // nor does a health referral show among the answered ones, even one sent in the police user's name
        jdbc.sql("UPDATE referral.referral SET sent_by = ?::uuid, status = 'ACCEPTED', updated_at = now() WHERE id = ?::uuid")
                .params(police.id(), referral).update();
        assertThat(pages(police.username()).get("/programmes/" + programme.id + "/referrals/answered").body())
                .doesNotContain(referral, "Somber");
    }

    private PageClient pageClientOf(ApiClient client) {
        return pages(client.get("/api/v1/users/me").json().get("username").asString());
    }
}
