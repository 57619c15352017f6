package nl.voordeur.rights;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

/** Subject rights (AVG art. 15–17): export of one person and nobody else, rectify, erase where allowed. */
class SubjectRightsTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5703 RS,7,Inzagestraat,Helmond
            """;
    static final String A_NAME = "Anna Verhoeven";
    static final String B_NAME = "Bram Kuipers";
    static final String A_QUESTION = "Huurachterstand bij de woningcorporatie";
    static final String B_QUESTION = "Zoekt werk als lasser in de haven";
    static final String A_NOTE = "Gesprek over de post die zich opstapelt";
    static final String B_NOTE = "Bram vertelde over zijn rugklachten";

    ProgrammeFixture programme;
    TestUser caseManagerUser;
    ApiClient caseManager;
    ApiClient officer;
    TestUser officerUser;
    String household;
    @org.springframework.beans.factory.annotation.Autowired nl.voordeur.referral.ReferralSubjectData referralSubjectData;
    String personA;
    String personB;
    String caseId;
    UUID partner;

    @BeforeEach
    void householdOfTwo() {
        programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        caseManagerUser = user(organisation("WELFARE"));
        member(caseManagerUser.id(), "CASE_MANAGER");
        caseManager = api(caseManagerUser.username());
        officerUser = user(organisation("MUNICIPALITY"));
        member(officerUser.id(), "PRIVACY_OFFICER");
        officer = api(officerUser.username());
        partner = organisation("DEBT_SERVICES");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners", Map.of("organisationId", partner, "priorityResponseDays", 3));

        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(10).toString());
        visit.put("members", List.of(
                Map.of("name", A_NAME, "birthYear", 1979, "relation", "MAIN_RESIDENT", "present", true),
                Map.of("name", B_NAME, "birthYear", 1976, "relation", "PARTNER", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressIds().get(0) + "/visits", visit).json();
        household = recorded.get("householdId").asString();
        personA = idOf(recorded, A_NAME);
        personB = idOf(recorded, B_NAME);
        takes(caseManager, caseManagerUser.id(), household);

        String questionA = question(personA, "FINANCES", A_QUESTION);
        question(personB, "WORK_EDUCATION", B_QUESTION);
        conversation(personA, "FINANCES", A_NOTE);
        conversation(personB, "PHYSICAL_HEALTH", B_NOTE);
        score(personA, "FINANCES", 2);
        score(personB, "WORK_EDUCATION", 4);
        assertThat(caseManager.post("/api/v1/persons/" + personA + "/consents", Map.of("organisationId", partner,
                "purpose", "REFERRAL", "given", true, "method", "VERBAL", "date", LocalDate.now().toString())).status()).isEqualTo(201);
        caseManager.post("/api/v1/help-questions/" + questionA + "/triage", Map.of("handler", "REFERRAL", "reason", "Schuldhulp"));
        var referral = caseManager.post("/api/v1/help-questions/" + questionA + "/referrals",
                Map.of("organisationId", partner, "priority", false, "warmHandover", true, "note", "Graag bellen na vijven"));
        assertThat(referral.status()).as(referral.body()).isEqualTo(201);
        var opened = caseManager.post("/api/v1/households/" + household + "/cases", Map.of("ownerId", caseManagerUser.id(), "personIds", List.of(personA)));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        caseId = opened.json().get("id").asString();
        caseManager.post("/api/v1/cases/" + caseId + "/goals", Map.of("text", "Betalingsregeling voor de huur"));
    }

    @Test
    void exportHoldsEverythingAboutThePersonAndNothingAboutTheOtherMember() throws Exception {
        var json = officer.get("/api/v1/persons/" + personA + "/export");
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        assertThat(json.header("Content-Disposition")).startsWith("attachment");
        assertThat(json.header("Cache-Control")).contains("no-store");
        var export = json.json();
        assertThat(export.get("person").get("name").asString()).isEqualTo(A_NAME);
        assertThat(export.get("person").get("birthYear").asInt()).isEqualTo(1979);
        assertThat(export.get("household").get("members").asInt()).isEqualTo(2);
        assertThat(export.get("household").get("address").get("line").asString()).isEqualTo("Inzagestraat 7");
        assertThat(export.get("visits")).hasSize(1);
        assertThat(export.get("helpQuestions")).hasSize(1);
        assertThat(export.get("helpQuestions").get(0).get("description").asString()).isEqualTo(A_QUESTION);
        assertThat(export.get("conversations").get(0).get("note").asString()).isEqualTo(A_NOTE);
        assertThat(export.get("scores")).hasSize(1);
        assertThat(export.get("consents").get(0).get("given").asBoolean()).isTrue();
        assertThat(export.get("referrals").get(0).get("note").asString()).isEqualTo("Graag bellen na vijven");
        assertThat(export.get("cases").get(0).get("id").asString()).isEqualTo(caseId);
        assertThat(export.get("cases").get(0).get("plan").get(0).get("text").asString()).isEqualTo("Betalingsregeling voor de huur");
        assertThat(export.get("accessLog").toString()).contains("EXPORT").contains(caseManagerUser.username());
        assertThat(json.body()).doesNotContain(B_NAME, B_QUESTION, B_NOTE, personB, "PHYSICAL_HEALTH");

        var pdf = officer.getBytes("/api/v1/persons/" + personA + "/export.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(pdf.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        String text;
        try (var document = Loader.loadPDF(pdf.body())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains(A_NAME, A_QUESTION, A_NOTE, "Betalingsregeling voor de huur", "huishouden van 2 personen");
        assertThat(text).doesNotContain("Bram", "lasser", "rugklachten");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'EXPORT' AND record_type = 'Person' AND person_id = ?::uuid AND user_id = ?")
                .params(personA, officerUser.id()).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void onlyThePrivacyOfficerOfTheProgrammeGetsAnAnswerAndRefusalsAreAudited() {
        var otherOfficer = user(organisation("MUNICIPALITY"));
        var elsewhere = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5703 RT,9,Anderestraat,Helmond\n");
        admin().post("/api/v1/programmes/" + elsewhere.id + "/members", Map.of("userId", otherOfficer.id(), "roles", List.of("PRIVACY_OFFICER")));
        for (var caller : List.of(caseManager, programme.coordinator, api(otherOfficer.username()))) {
            assertThat(caller.get("/api/v1/persons/" + personA + "/export").status()).isEqualTo(404);
            assertThat(caller.get("/api/v1/persons/" + personA + "/export.pdf").status()).isEqualTo(404);
            assertThat(caller.post("/api/v1/persons/" + personA + "/erase", Map.of()).status()).isEqualTo(404);
        }
        assertThat(caseManager.put("/api/v1/persons/" + personA, Map.of("name", "X", "version", 0)).status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'ACCESS_DENIED' AND record_type = 'Person' AND record_id = ? AND user_id = ?")
                .params(personA, caseManagerUser.id()).query(Long.class).single()).isEqualTo(4);
        assertThat(pages(caseManagerUser.username()).get("/persons").status()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT name FROM household.person WHERE id = ?::uuid").param(personA).query(String.class).single()).isEqualTo(A_NAME);
    }

    @Test
    void rectifyCorrectsNameAndBirthYearFromTheLoadedVersion() {
        var hits = officer.post("/api/v1/persons/search", Map.of("programmeId", programme.id, "name", "verhoe")).json();
        assertThat(hits.get("total").asInt()).isOne();
        int version = hits.get("items").get(0).get("version").asInt();
        assertThat(auditCount("SEARCH", "Person", personA)).isOne();

        var blank = officer.put("/api/v1/persons/" + personA, Map.of("name", " ", "version", version));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
        var future = officer.put("/api/v1/persons/" + personA, Map.of("name", A_NAME, "birthYear", 2100, "version", version));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("birthYear");

        var ok = officer.put("/api/v1/persons/" + personA, Map.of("name", "Anna Verhoeven-de Wit", "birthYear", 1978, "version", version));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        var stale = officer.put("/api/v1/persons/" + personA, Map.of("name", "Anna V.", "birthYear", 1978, "version", version));
        assertThat(stale.status()).isEqualTo(409);
        var person = officer.get("/api/v1/persons/" + personA).json();
        assertThat(person.get("name").asString()).isEqualTo("Anna Verhoeven-de Wit");
        assertThat(person.get("birthYear").asInt()).isEqualTo(1978);
        assertThat(jdbc.sql("SELECT details FROM audit.audit_entry WHERE action = 'UPDATE' AND record_type = 'Person' AND record_id = ?")
                .param(personA).query(String.class).single()).isEqualTo("changed=name,birthYear");
    }

    @Test
    void eraseIsRefusedWhileACaseRunsAndOtherwiseAnonymisesKeepingTheFigures() {
        var refused = officer.post("/api/v1/persons/" + personA + "/erase", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("traject");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'DELETE' AND record_id = ? AND outcome = 'DENIED'")
                .param(personA).query(Long.class).single()).isOne();
        assertThat(jdbc.sql("SELECT name FROM household.person WHERE id = ?::uuid").param(personA).query(String.class).single()).isEqualTo(A_NAME);

        String before = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report").body();
        assertThat(officer.post("/api/v1/persons/" + personB + "/erase", Map.of()).status()).isEqualTo(204);
        assertThat(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report").body()).isEqualTo(before);
        var export = officer.get("/api/v1/persons/" + personB + "/export");
        assertThat(export.body()).doesNotContain(B_NAME, B_QUESTION, B_NOTE);
        assertThat(export.json().get("person").get("birthYear").isNull()).isTrue();
        assertThat(export.json().get("person").get("anonymised").asBoolean()).isTrue();
        assertThat(export.json().get("helpQuestions")).hasSize(1);
        assertThat(export.json().get("scores").get(0).get("score").asInt()).isEqualTo(4);
        assertThat(auditCount("DELETE", "Person", personB)).isOne();
        assertThat(officer.post("/api/v1/persons/" + personB + "/erase", Map.of()).status()).isEqualTo(422);
    }

    @Test
    void anonymisingAWithdrawnReferralLeavesTheAcceptanceFigureAlone() {
        String referral = jdbc.sql("SELECT id::text FROM referral.referral WHERE person_id = ?::uuid").param(personA)
                .query(String.class).single();
        var partnerUser = user(partner);
        member(partnerUser.id(), "PARTNER");
        assertThat(api(partnerUser.username()).post("/api/v1/referrals/" + referral + "/accept", Map.of()).status()).isEqualTo(200);
        var withdrawn = caseManager.post("/api/v1/referrals/" + referral + "/withdraw", Map.of("reason", "Verhuisd naar familie"));
        assertThat(withdrawn.status()).as(withdrawn.body()).isEqualTo(200);
        String before = programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report").body();

        referralSubjectData.anonymise(UUID.fromString(personA));

        assertThat(programme.coordinator.get("/api/v1/programmes/" + programme.id + "/report").body()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT reason FROM referral.referral WHERE id = ?::uuid").param(referral).query(String.class).optional())
                .contains("");
    }

    @Test
    void privacyOfficerFindsExportsAndErasesThroughThePages() {
        var page = pages(officerUser.username());
        page.get("/persons");
        var found = page.postForm("/persons/search", Map.of("programmeId", programme.id, "name", "Kuipers"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains(B_NAME).doesNotContain(A_NAME);
        var person = page.get("/persons/" + personB);
        assertThat(person.body()).contains("Inzage als PDF").contains("Persoon wissen");
        assertThat(page.get("/persons/" + personA).body()).contains("er loopt een traject");
        var unconfirmed = page.postForm("/persons/" + personB + "/erase", Map.of());
        assertThat(unconfirmed.status()).isEqualTo(302);
        assertThat(page.get("/persons/" + personB).body()).contains("Bevestig dat u deze persoon wilt wissen.");
        page.postForm("/persons/" + personB + "/erase", Map.of("confirm", "yes"));
        assertThat(page.get("/persons/" + personB).body()).contains("De persoon is gewist").doesNotContain(B_NAME);
    }

    @Test
    void meldcodeRecordsAboutThePersonAreExportedOthersNotAndAnOpenOneBlocksErasure() {
        meldcode(personA, "Zorgen om blauwe plekken op de armen");
        meldcode(personB, "Dreigende taal tegen de buren gehoord");
        var export = officer.get("/api/v1/persons/" + personA + "/export");
        var records = export.json().get("meldcodeRecords");
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("concern").asString()).isEqualTo("Zorgen om blauwe plekken op de armen");
        assertThat(export.body()).doesNotContain("Dreigende taal");

        var refused = officer.post("/api/v1/persons/" + personB + "/erase", Map.of());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("meldcodedossier");
        assertThat(jdbc.sql("SELECT name FROM household.person WHERE id = ?::uuid").param(personB).query(String.class).single()).isEqualTo(B_NAME);
    }

    void meldcode(String person, String concern) {
        var opened = programme.visitorApi.post("/api/v1/households/" + household + "/meldcode", Map.of("personId", person, "concern", concern));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
    }

    void member(UUID userId, String role) {
        var appointer = role.equals("PRIVACY_OFFICER") ? admin() : programme.coordinator; // see Kernteam.setMember
        appointer.post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", userId, "roles", List.of(role)));
    }

    String question(String person, String domain, String text) {
        var response = programme.visitorApi.post("/api/v1/households/" + household + "/help-questions",
                Map.of("personId", person, "domain", domain, "kind", "QUESTION", "description", text));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    void conversation(String person, String domain, String note) {
        assertThat(programme.visitorApi.post("/api/v1/persons/" + person + "/conversations", Map.of("domain", domain, "note", note))
                .status()).isEqualTo(201);
    }

    void score(String person, String domain, int score) {
        assertThat(caseManager.post("/api/v1/persons/" + person + "/scores", Map.of("domain", domain, "score", score,
                "date", LocalDate.now().minusDays(5).toString())).status()).isEqualTo(201);
    }

    static String idOf(tools.jackson.databind.JsonNode recorded, String name) {
        for (var m : recorded.get("members")) {
            if (m.get("name").asString().equals(name)) return m.get("id").asString();
        }
        throw new AssertionError(name);
    }
}
