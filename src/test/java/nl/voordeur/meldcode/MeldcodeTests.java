package nl.voordeur.meldcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;
import tools.jackson.databind.JsonNode;

class MeldcodeTests extends HttpTest {

    static final String STREET = """
            postcode,huisnummer,straat,woonplaats
            5702 CD,11,Zandstraat,Helmond
            5702 CD,13,Zandstraat,Helmond
            """;

    /** A programme with a visited household at Zandstraat 11 and an aandachtsfunctionaris. */
    record Setting(ProgrammeFixture programme, String household, String person, TestUser officerUser, ApiClient officer) {
    }

    Setting visitedHousehold() {
        var programme = ProgrammeFixture.create(this, STREET);
        programme.assignAllToThePair();
        var officer = user(organisation("WELFARE"));
        assertThat(programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members",
                Map.of("userId", officer.id(), "roles", List.of("SAFETY_OFFICER"))).status()).isEqualTo(201);
        var visit = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Zandstraat 11") + "/visits",
                Map.of("date", LocalDate.now().minusDays(1).toString(), "members", List.of(
                        Map.of("name", "Sanne Bakker", "birthYear", 1988, "relation", "MAIN_RESIDENT", "present", true),
                        Map.of("name", "Mila Bakker", "birthYear", 2019, "relation", "CHILD", "present", true))));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        return new Setting(programme, visit.json().get("householdId").asString(),
                visit.json().get("members").get(1).get("id").asString(), officer, api(officer.username()));
    }

    static Map<String, Object> step(String step, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("note", note);
        return body;
    }

    @Test
    void aDomesticViolenceSignalIsWalkedThroughTheFiveStepsByTheSafetyOfficerAlone() {
        var s = visitedHousehold();
        var signal = s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/help-questions", Map.of(
                "personId", s.person(), "domain", "DOMESTIC_VIOLENCE", "kind", "SIGNAL",
                "description", "Kind vertelt over harde ruzies en is bang", "urgency", "HIGH"));
        assertThat(signal.status()).as(signal.body()).isEqualTo(201);

        JsonNode queue = s.officer().get("/api/v1/programmes/" + s.programme().id + "/meldcode").json();
        assertThat(queue.get("total").asInt()).isEqualTo(1);
        JsonNode item = queue.get("items").get(0);
        assertThat(item.get("householdId").asString()).isEqualTo(s.household());
        assertThat(item.get("concern").asString()).isEqualTo("Kind vertelt over harde ruzies en is bang");
        assertThat(item.get("nextStep").asString()).isEqualTo("SIGNALS_MAPPED");
        String id = item.get("id").asString();
        String steps = "/api/v1/meldcode/" + id + "/steps";

        assertThat(s.officer().post(steps, step("SIGNALS_MAPPED", "Blauwe plek op de arm gezien")).status()).isEqualTo(201);
        var early = s.officer().post(steps, step("DISCUSSED", "Gesprek met moeder"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("detail").asString()).contains("op volgorde").contains("eerst stap 2");
        assertThat(s.officer().post(steps, step("CONSULTED", "Veilig Thuis anoniem geraadpleegd")).status()).isEqualTo(201);
        assertThat(s.officer().post(steps, step("DISCUSSED", "Gesprek met moeder")).status()).isEqualTo(201);
        var weigh = step("WEIGHED", "Dreiging is direct");
        weigh.put("acuteUnsafety", true);
        weigh.put("structuralUnsafety", false);
        assertThat(s.officer().post(steps, weigh).status()).isEqualTo(201);

        var help = step("DECIDED", "Hulp via het wijkteam");
        help.put("decision", "ORGANISE_HELP");
        var refused = s.officer().post(steps, help);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString())
                .isEqualTo("Bij acute of structurele onveiligheid is melden bij Veilig Thuis verplicht.");

        var report = step("DECIDED", "Gemeld bij Veilig Thuis");
        report.put("decision", "REPORT_TO_VEILIG_THUIS");
        JsonNode closed = s.officer().post(steps, report).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("steps").size()).isEqualTo(5);
        assertThat(closed.get("steps").get(3).get("acuteUnsafety").asBoolean()).isTrue();
        assertThat(closed.get("steps").get(4).get("decision").asString()).isEqualTo("REPORT_TO_VEILIG_THUIS");
        assertThat(s.officer().get("/api/v1/meldcode/" + id).json().get("status").asString()).isEqualTo("CLOSED");
        assertThat(s.officer().get("/api/v1/programmes/" + s.programme().id + "/meldcode").json().get("total").asInt()).isZero();

        var outsider = api(user(organisation("POLICE")).username());
        for (ApiClient other : List.of(s.programme().visitorApi, s.programme().coordinator, outsider, admin())) {
            assertThat(other.get("/api/v1/meldcode/" + id).status()).isEqualTo(404);
        }
        assertThat(auditCount("ACCESS_DENIED", "MeldcodeRecord", id)).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'ACCESS_DENIED' AND record_id = ? "
                + "AND outcome = 'DENIED'").param(id).query(Long.class).single()).isEqualTo(4);
        assertThat(auditCount("UPDATE", "MeldcodeRecord", id)).isEqualTo(5);
        assertThat(auditCount("CREATE", "MeldcodeRecord", id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'UPDATE' AND record_id = ? "
                + "AND person_id = ?::uuid AND programme_id = ?::uuid").params(id, s.person(), s.programme().id)
                .query(Long.class).single()).isEqualTo(5);
        assertThat(auditCount("READ", "MeldcodeRecord", id)).isEqualTo(1);
    }

    @Test
    void aSafetyConcernOpenedByHandIsSeenByTheCaseOwnerButNotByOtherCaseManagers() {
        var s = visitedHousehold();
        var opened = s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/meldcode",
                Map.of("concern", "Moeder wil niet dat we binnenkomen; kind huilt hard"));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String id = opened.json().get("id").asString();
        var owner = caseManager(s);
        var otherCaseManager = caseManager(s);
        jdbc.sql("UPDATE household.household SET case_manager_id = ? WHERE id = ?::uuid")
                .params(owner.id(), s.household()).update();

        JsonNode record = api(owner.username()).get("/api/v1/meldcode/" + id).json();
        assertThat(record.get("concern").asString()).startsWith("Moeder wil niet");
        assertThat(record.get("nextStep").asString()).isEqualTo("SIGNALS_MAPPED");
        assertThat(api(otherCaseManager.username()).get("/api/v1/meldcode/" + id).status()).isEqualTo(404);
        assertThat(s.programme().visitorApi.post("/api/v1/meldcode/" + id + "/steps", step("SIGNALS_MAPPED", "Gezien"))
                .status()).isEqualTo(404);
        assertThat(s.officer().get("/api/v1/meldcode/" + id).status()).isEqualTo(200);
        assertThat(auditCount("ACCESS_DENIED", "MeldcodeRecord", id)).isEqualTo(2);
    }

    @Test
    void aConcernWithoutWordsIsRefusedAndOutsidersCannotOpenOne() {
        var s = visitedHousehold();
        var empty = s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/meldcode", Map.of("concern", " "));
        assertThat(empty.status()).isEqualTo(422);
        assertThat(empty.json().get("detail").asString()).contains("Beschrijf uw zorgen");
        var outsider = api(user(organisation("WELFARE")).username());
        assertThat(outsider.post("/api/v1/households/" + s.household() + "/meldcode", Map.of("concern", "Zorgen"))
                .status()).isEqualTo(404);
        assertThat(s.officer().get("/api/v1/programmes/" + s.programme().id + "/meldcode").json().get("total").asInt()).isZero();
    }

    @Test
    void theQueueIsForSafetyOfficersOnly() {
        var s = visitedHousehold();
        String queue = "/api/v1/programmes/" + s.programme().id + "/meldcode";
        assertThat(s.programme().coordinator.get(queue).status()).isEqualTo(403);
        assertThat(api(user(organisation("WELFARE")).username()).get(queue).status()).isEqualTo(404);
        var otherOfficer = user(organisation("WELFARE"));
        var elsewhere = ProgrammeFixture.create(this, STREET);
        elsewhere.coordinator.post("/api/v1/programmes/" + elsewhere.id + "/members",
                Map.of("userId", otherOfficer.id(), "roles", List.of("SAFETY_OFFICER")));
        String id = s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/meldcode",
                Map.of("concern", "Zorgen")).json().get("id").asString();
        assertThat(api(otherOfficer.username()).get("/api/v1/meldcode/" + id).status()).isEqualTo(404);
        assertThat(api(otherOfficer.username()).get("/api/v1/meldcode").json().get("total").asInt()).isZero();
        List<String> ids = new java.util.ArrayList<>();
        s.officer().get("/api/v1/meldcode").json().get("items").forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).contains(id);
    }

    /** Issue 19.7: the safety officer's start page lists the open records per step, not "niets voor u klaar". */
    @Test
    void theSafetyOfficersWorkListNamesTheOpenRecordsPerStep() {
        var s = visitedHousehold();
        String id = s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/meldcode",
                Map.of("concern", "Zorgen over het kind")).json().get("id").asString();
        s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/meldcode", Map.of("concern", "Nog een zorg"));
        var officer = pages(s.officerUser().username());
        assertThat(officer.get("/").body()).contains("2 open meldcodedossiers wachten op stap 1: signalen in kaart brengen")
                .doesNotContain("Er staat nu niets voor u klaar");
        assertThat(s.officer().post("/api/v1/meldcode/" + id + "/steps", step("SIGNALS_MAPPED", "Gezien")).status()).isEqualTo(201);
        assertThat(officer.get("/").body()).contains("1 open meldcodedossier wacht op stap 1: signalen in kaart brengen")
                .contains("1 open meldcodedossier wacht op stap 2: collegiale consultatie");
        assertThat(pages(s.programme().visitor.username()).get("/").body()).doesNotContain("meldcodedossier");
    }

    @Test
    void theSafetyOfficerRecordsAStepThroughTheRecordPage() {
        var s = visitedHousehold();
        String id = s.programme().visitorApi.post("/api/v1/households/" + s.household() + "/meldcode",
                Map.of("concern", "Zorgen over het kind")).json().get("id").asString();
        var officer = pages(s.officerUser().username());
        assertThat(officer.get("/meldcode").body()).contains("Zorgen over het kind");
        assertThat(officer.get("/meldcode/" + id).body()).contains("Stap 1: Signalen in kaart brengen");
        var skipped = officer.postForm("/meldcode/" + id + "/steps", Map.of("step", "CONSULTED", "note", "Overleg"));
        assertThat(skipped.location()).endsWith("/meldcode/" + id);
        assertThat(officer.get("/meldcode/" + id).body()).contains("op volgorde").contains("role=\"alert\"");
        var saved = officer.postForm("/meldcode/" + id + "/steps", Map.of("step", "SIGNALS_MAPPED", "note", "Kind schrok"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(officer.get("/meldcode/" + id).body()).contains("De stap is vastgelegd.").contains("Kind schrok");
        assertThat(s.officer().get("/api/v1/meldcode/" + id).json().get("nextStep").asString()).isEqualTo("CONSULTED");
    }

    @Test
    void aVisitorPassesOnSafetyConcernsThroughTheConcernPage() {
        var s = visitedHousehold();
        var visitor = pages(s.programme().visitor.username());
        String form = "/households/" + s.household() + "/meldcode/new";
        assertThat(visitor.get(form).body()).contains("Zorgen over veiligheid").contains("Mila Bakker");
        var empty = visitor.postForm("/households/" + s.household() + "/meldcode", Map.of("personId", "", "concern", ""));
        assertThat(empty.location()).endsWith(form);
        assertThat(visitor.get(form).body()).contains("Beschrijf uw zorgen over de veiligheid");
        var sent = visitor.postForm("/households/" + s.household() + "/meldcode",
                Map.of("personId", s.person(), "concern", "Mila wil niet naar huis"));
        assertThat(sent.location()).endsWith("/households/" + s.household());
        JsonNode queue = s.officer().get("/api/v1/programmes/" + s.programme().id + "/meldcode").json();
        assertThat(queue.get("items").get(0).get("concern").asString()).isEqualTo("Mila wil niet naar huis");
        assertThat(queue.get("items").get(0).get("personId").asString()).isEqualTo(s.person());
    }

    private TestUser caseManager(Setting s) {
        var user = user(organisation("SOCIAL_WORK"));
        s.programme().coordinator.post("/api/v1/programmes/" + s.programme().id + "/members",
                Map.of("userId", user.id(), "roles", List.of("CASE_MANAGER")));
        return user;
    }
}
