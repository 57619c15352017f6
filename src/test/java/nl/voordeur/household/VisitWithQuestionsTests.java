package nl.voordeur.household;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import tools.jackson.databind.JsonNode;

/** POST /api/v1/addresses/{id}/visits with {@code helpQuestions}: the whole visit in one request, all or nothing. */
class VisitWithQuestionsTests extends HttpTest {

    static Map<String, Object> question(Object member, String domain, String kind, String text) {
        Map<String, Object> q = new HashMap<>();
        if (member instanceof Integer index) q.put("memberIndex", index);
        else if (member != null) q.put("personName", member);
        if (domain != null) q.put("domain", domain);
        q.put("kind", kind);
        q.put("description", text);
        q.put("urgency", "NORMAL");
        return q;
    }

    static Map<String, Object> visitWith(List<Map<String, Object>> questions, Integer householdVersion) {
        Map<String, Object> body = VisitTests.visit(List.of(
                VisitTests.member("Fatima Yilmaz", 1981, "MAIN_RESIDENT", true),
                VisitTests.member("Ahmet Yilmaz", 1979, "PARTNER", true),
                VisitTests.member("Elif Yilmaz", 2014, "CHILD", true)), householdVersion);
        body.put("helpQuestions", questions);
        return body;
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void aVisitCarriesItsHelpQuestionsEachAuditedForItsPersonInOneChainedBatch() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 1");

        var recorded = programme.visitorApi.post("/api/v1/addresses/" + address + "/visits", visitWith(List.of(
                question(0, "FINANCES", "QUESTION", "Achterstand met de huur"),
                question("ahmet yilmaz", "WORK_EDUCATION", "QUESTION", "Zoekt werk"),
                question(2, "LANGUAGE", "SIGNAL", "Taalachterstand op school")), null));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode visit = recorded.json();
        JsonNode members = visit.get("members");
        JsonNode questions = visit.get("helpQuestions");
        assertThat(questions.size()).isEqualTo(3);
        assertThat(questions.get(0).get("personId").asString()).isEqualTo(members.get(0).get("id").asString());
        assertThat(questions.get(1).get("personId").asString()).isEqualTo(members.get(1).get("id").asString());
        assertThat(questions.get(2).get("personId").asString()).isEqualTo(members.get(2).get("id").asString());

        String household = visit.get("householdId").asString();
        var file = programme.visitorApi.get("/api/v1/households/" + household).json();
        List<String> registered = new ArrayList<>();
        file.get("helpQuestions").forEach(q -> registered.add(q.get("domain").asString() + " " + q.get("personId").asString()));
        assertThat(registered).containsExactly("FINANCES " + members.get(0).get("id").asString(),
                "WORK_EDUCATION " + members.get(1).get("id").asString(), "LANGUAGE " + members.get(2).get("id").asString());
        assertThat(file.get("profile").asString()).isEqualTo("MULTIPLE");

        assertThat(count("SELECT count(*) FROM audit.audit_entry WHERE action = 'CREATE' AND record_type = 'Visit' AND record_id = ?",
                visit.get("id").asString())).isEqualTo(3);
        for (JsonNode q : questions) {
            assertThat(count("""
                    SELECT count(*) FROM audit.audit_entry WHERE action = 'CREATE' AND record_type = 'HelpQuestion'
                      AND record_id = ? AND person_id = ?::uuid AND programme_id = ?::uuid AND username = ?""",
                    q.get("id").asString(), q.get("personId").asString(), programme.id, programme.visitor.username()))
                    .isEqualTo(1);
        }
        // the three question entries follow each other in one lane, each linked to the one before
        var chain = jdbc.sql("""
                SELECT lane, prev_hash, hash FROM audit.audit_entry WHERE action = 'CREATE' AND record_type = 'HelpQuestion'
                  AND programme_id = ?::uuid ORDER BY id""").param(programme.id)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(chain).hasSize(3);
        assertThat(chain.get(1).get(0)).isEqualTo(chain.get(0).get(0));
        assertThat(chain.get(1).get(1)).isEqualTo(chain.get(0).get(2));
        assertThat(chain.get(2).get(1)).isEqualTo(chain.get(1).get(2));
        assertThat(api("privacy_officer").get("/api/v1/audit/verify").json().get("breaks").size()).isZero();
    }

    @Test
    void aVisitWithoutHelpQuestionsAnswersAsBeforeWithAnEmptyList() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits",
                VisitTests.visit(List.of(VisitTests.member("Jan de Vries", 1960, "MAIN_RESIDENT", true)), null));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        assertThat(recorded.json().get("members").size()).isEqualTo(1);
        assertThat(recorded.json().get("addressId").asString()).isNotBlank();
        assertThat(recorded.json().get("helpQuestions").size()).isZero();
    }

    @Test
    void aDomesticViolenceSignalRegisteredInAVisitOpensAMeldcodeRecord() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        var officer = user(organisation("WELFARE"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", officer.id(), "roles", List.of("SAFETY_OFFICER")));

        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 2") + "/visits",
                visitWith(List.of(question(0, "FINANCES", "QUESTION", "Schulden"),
                        question("Elif Yilmaz", "DOMESTIC_VIOLENCE", "SIGNAL", "Kind vertelt over harde ruzies")), null));

        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        JsonNode queue = api(officer.username()).get("/api/v1/programmes/" + programme.id + "/meldcode").json();
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        assertThat(queue.get("items").get(0).get("householdId").asString()).isEqualTo(recorded.json().get("householdId").asString());
        assertThat(queue.get("items").get(0).get("concern").asString()).isEqualTo("Kind vertelt over harde ruzies");
    }

    @Test
    void aWrongQuestionNamesItsFieldAndNothingOfTheVisitIsSaved() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 3");
        String url = "/api/v1/addresses/" + address + "/visits";
        ApiClient visitor = programme.visitorApi;

        List<Map<String, Object>> noDomain = new ArrayList<>();
        for (int i = 0; i < 3; i++) noDomain.add(question(i, "FINANCES", "QUESTION", "Vraag " + i));
        noDomain.add(question(1, null, "QUESTION", "Zonder leefgebied"));
        assertField(visitor.post(url, visitWith(noDomain, null)), "helpQuestions[3].domain");
        assertField(visitor.post(url, visitWith(List.of(question(3, "FINANCES", "QUESTION", "Wie?")), null)),
                "helpQuestions[0].memberIndex");
        assertField(visitor.post(url, visitWith(List.of(question(0, "FINANCES", "QUESTION", "Ja"),
                question("Oma Yilmaz", "FINANCES", "QUESTION", "Wie?")), null)), "helpQuestions[1].personName");
        assertField(visitor.post(url, visitWith(List.of(question(0, "FINANCES", "QUESTION", " ")), null)),
                "helpQuestions[0].description");
        Map<String, Object> twoJans = VisitTests.visit(List.of(VisitTests.member("Jan Jansen", 1950, "MAIN_RESIDENT", true),
                VisitTests.member("Jan Jansen", 1980, "CHILD", true)), null);
        twoJans.put("helpQuestions", List.of(question("jan jansen", "FINANCES", "QUESTION", "Welke Jan?")));
        var ambiguous = visitor.post(url, twoJans);
        assertField(ambiguous, "helpQuestions[0].personName");
        assertThat(ambiguous.json().get("detail").asString()).contains("meer leden met deze naam");
        var unknownDomain = visitor.post(url, visitWith(List.of(question(0, "FINANCES", "QUESTION", "Ja"),
                question(1, "GEEN_LEEFGEBIED", "QUESTION", "Nee")), null));
        assertThat(unknownDomain.status()).as(unknownDomain.body()).isEqualTo(400);
        assertThat(unknownDomain.json().get("errors").get(0).get("field").asString()).isEqualTo("helpQuestions[1].domain");

        assertThat(count("SELECT count(*) FROM household.household WHERE address_id = ?::uuid", address)).isZero();
        assertThat(count("SELECT count(*) FROM address.address_event WHERE address_id = ?::uuid AND kind = 'VISIT'", address)).isZero();
        assertThat(count("SELECT count(*) FROM household.help_question WHERE programme_id = ?::uuid", programme.id)).isZero();
        assertThat(count("""
                SELECT count(*) FROM audit.audit_entry WHERE programme_id = ?::uuid AND record_type IN ('Visit', 'HelpQuestion')""",
                programme.id)).isZero();
        assertThat(programme.coordinator.get("/api/v1/addresses/" + address).json().get("address").get("status").asString())
                .isEqualTo("IN_SCOPE");

        var corrected = visitor.post(url, visitWith(noDomain.subList(0, 3), null));
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(201);
        assertThat(count("SELECT count(*) FROM household.help_question WHERE programme_id = ?::uuid", programme.id)).isEqualTo(3);
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(422);
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    @Test
    void aStaleSaveWithQuestionsIsAConflictAndRegistersNoQuestion() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        String url = "/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits";
        var first = programme.visitorApi.post(url, visitWith(List.of(question(0, "FINANCES", "QUESTION", "Huur")), null));
        String household = first.json().get("householdId").asString();
        int version = programme.visitorApi.get("/api/v1/households/" + household).json().get("version").asInt();
        assertThat(programme.visitorApi.post(url, visitWith(List.of(), version)).status()).isEqualTo(201);

        var stale = api(programme.partnerVisitor.username()).post(url,
                visitWith(List.of(question(1, "HOUSING", "QUESTION", "Te klein")), version));

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(count("SELECT count(*) FROM household.help_question WHERE household_id = ?::uuid", household)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM household.visit WHERE household_id = ?::uuid", household)).isEqualTo(2);
    }

    @Test
    void onlyAUserWhoMayReadTheFileRegistersQuestionsWithAVisitAndARefusalSavesNothing() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        String address = programme.addressId("Spoorstraat 2");
        String url = "/api/v1/addresses/" + address + "/visits";
        var body = visitWith(List.of(question(0, "FINANCES", "QUESTION", "Huur")), null);

        assertThat(programme.visitorApi.post(url, body).status()).as("not assigned").isEqualTo(404);
        // a coordinator may record a visit but does not read households' files, so not their questions either
        assertThat(programme.coordinator.post(url, body).status()).isEqualTo(404);
        assertThat(count("SELECT count(*) FROM household.household WHERE address_id = ?::uuid", address)).isZero();
        assertThat(programme.coordinator.post(url, visitWith(List.of(), null)).status()).isEqualTo(201);
    }

    @Test
    void theVisitPageCarriesHelpQuestionsAsTheApiDoesAllOrNothing() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 3");
        String path = "/addresses/" + address + "/visit";
        var page = pages(programme.visitor.username());
        page.get(path);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("date", java.time.LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")).toString());
        form.put("members[0].name", "Fatima Yilmaz");
        form.put("members[0].birthYear", "1981");
        form.put("members[0].relation", "MAIN_RESIDENT");
        form.put("members[0].present", "true");
        form.put("members[1].name", "Elif Yilmaz");
        form.put("members[1].birthYear", "2014");
        form.put("members[1].relation", "CHILD");
        form.put("_members[1].present", "on"); // the browser's markers of checkboxes left unticked
        form.put("_interpreterNeeded", "on");

        var added = page.postForm(path, withAddQuestion(form));
        assertThat(added.status()).as(added.body()).isEqualTo(200);
        assertThat(added.body()).contains("id=\"helpQuestions0.memberIndex\"").contains("id=\"helpQuestions0.domain\"")
                .contains(">Elif Yilmaz</option>");

        form.put("helpQuestions[0].memberIndex", "1");
        form.put("helpQuestions[0].domain", "");
        form.put("helpQuestions[0].kind", "SIGNAL");
        form.put("helpQuestions[0].description", "Taalachterstand op school");
        form.put("helpQuestions[0].urgency", "NORMAL");
        form.put("helpQuestions[1].memberIndex", "0");
        form.put("helpQuestions[1].domain", "");
        form.put("helpQuestions[1].kind", "");
        form.put("helpQuestions[1].description", " ");
        form.put("helpQuestions[1].urgency", "NORMAL");
        var refused = page.postForm(path, form);
        assertThat(refused.status()).as(refused.body()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"helpQuestions0.domain-error\"").contains("Kies een leefgebied.");
        assertThat(count("SELECT count(*) FROM household.household WHERE address_id = ?::uuid", address)).isZero();

        form.put("helpQuestions[0].domain", "LANGUAGE");
        var saved = page.postForm(path, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        String household = jdbc.sql("SELECT id::text FROM household.household WHERE address_id = ?::uuid").param(address)
                .query(String.class).single();
        assertThat(saved.header("HX-Redirect")).isEqualTo("/households/" + household);
        var questions = jdbc.sql("""
                SELECT p.name || ' ' || q.domain || ' ' || q.kind || ' ' || q.description FROM household.help_question q
                JOIN household.person p ON p.id = q.person_id WHERE q.household_id = ?::uuid""").param(household)
                .query(String.class).list();
        assertThat(questions).containsExactly("Elif Yilmaz LANGUAGE SIGNAL Taalachterstand op school");
        assertThat(count("""
                SELECT count(*) FROM audit.audit_entry WHERE action = 'CREATE' AND record_type = 'HelpQuestion'
                  AND programme_id = ?::uuid AND channel = 'PAGE'""", programme.id)).isOne();
    }

    @Test
    void aPageErrorNamesTheRowOnTheFormAlsoBehindAnEmptyRow() {
        var programme = ProgrammeFixture.create(this, VisitTests.STREET);
        programme.assignAllToThePair();
        String address = programme.addressId("Spoorstraat 1");
        String path = "/addresses/" + address + "/visit";
        var page = pages(programme.visitor.username());
        page.get(path);
        Map<String, String> form = new java.util.LinkedHashMap<>();
        form.put("date", java.time.LocalDate.now(nl.voordeur.shared.DutchZone.ZONE).toString());
        form.put("members[0].name", ""); // a row the visitor emptied again: the command leaves it out
        form.put("members[0].birthYear", "");
        form.put("members[0].relation", "");
        form.put("_members[0].present", "on");
        form.put("members[1].name", "Jan Jansen");
        form.put("members[1].birthYear", "1800");
        form.put("members[1].relation", "MAIN_RESIDENT");
        form.put("members[1].present", "true");
        form.put("_interpreterNeeded", "on");

        var wrongYear = page.postForm(path, form);
        assertThat(wrongYear.status()).as(wrongYear.body()).isEqualTo(200);
        assertThat(wrongYear.body()).as("the second row on the page, member 2")
                .contains("id=\"members1.birthYear-error\"").contains("lid 2 kan niet kloppen")
                .doesNotContain("id=\"members0.birthYear-error\"");

        form.put("members[1].birthYear", "1980");
        form.put("helpQuestions[0].memberIndex", "1"); // an empty question row
        form.put("helpQuestions[0].domain", "");
        form.put("helpQuestions[0].kind", "");
        form.put("helpQuestions[0].description", "");
        form.put("helpQuestions[0].urgency", "NORMAL");
        form.put("helpQuestions[1].memberIndex", "1");
        form.put("helpQuestions[1].domain", "");
        form.put("helpQuestions[1].kind", "QUESTION");
        form.put("helpQuestions[1].description", "Huurachterstand");
        form.put("helpQuestions[1].urgency", "NORMAL");
        var noDomain = page.postForm(path, form);
        assertThat(noDomain.status()).as(noDomain.body()).isEqualTo(200);
        assertThat(noDomain.body()).as("the question in the second row").contains("id=\"helpQuestions1.domain-error\"")
                .doesNotContain("id=\"helpQuestions0.domain-error\"");

        form.put("helpQuestions[1].domain", "FINANCES");
        var saved = page.postForm(path, form);
        assertThat(saved.status()).as(saved.body()).isEqualTo(204);
        assertThat(jdbc.sql("""
                SELECT p.name || ' ' || q.domain FROM household.help_question q JOIN household.person p ON p.id = q.person_id
                JOIN household.household h ON h.id = q.household_id WHERE h.address_id = ?::uuid""").param(address)
                .query(String.class).list()).containsExactly("Jan Jansen FINANCES");
    }

    private static Map<String, String> withAddQuestion(Map<String, String> form) {
        Map<String, String> more = new java.util.LinkedHashMap<>(form);
        more.put("addQuestion", "1");
        return more;
    }
}
