package nl.voordeur.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

class CaseTests extends HttpTest {

    @Test
    void aCaseRunsFromOpenToClosedAndShowsTheScoreChangePerDomain() {
        var programme = ProgrammeFixture.create(this, "postcode,huisnummer,straat,woonplaats\n5701 AB,1,Spoorstraat,Helmond\n");
        programme.assignAllToThePair();
        var cm = user(organisation("WELFARE"));
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", cm.id(), "roles", List.of("CASE_MANAGER")));
        ApiClient caseManager = api(cm.username());
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(30).toString());
        visit.put("members", List.of(Map.of("name", "Kees Bakker", "birthYear", 1965, "relation", "MAIN_RESIDENT", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit).json();
        String household = recorded.get("householdId").asString();
        String person = recorded.get("members").get(0).get("id").asString();
        takes(caseManager, cm.id(), household);
        String q1 = programme.visitorApi.post("/api/v1/households/" + household + "/help-questions", Map.of("personId", person,
                "domain", "FINANCES", "kind", "QUESTION", "description", "Schulden")).json().get("id").asString();
        programme.visitorApi.post("/api/v1/households/" + household + "/help-questions", Map.of("personId", person,
                "domain", "WORK_EDUCATION", "kind", "QUESTION", "description", "Zoekt werk"));
        caseManager.post("/api/v1/persons/" + person + "/scores", Map.of("domain", "FINANCES", "score", 2, "date", LocalDate.now().minusDays(20).toString()));

        String caseId = caseManager.post("/api/v1/households/" + household + "/cases",
                Map.of("ownerId", cm.id(), "personIds", List.of(person))).json().get("id").asString();
        var noPlan = caseManager.post("/api/v1/cases/" + caseId + "/activate", Map.of());
        assertThat(noPlan.status()).isEqualTo(422);
        String goal = caseManager.post("/api/v1/cases/" + caseId + "/goals", Map.of("text", "Schulden in beeld en geregeld"))
                .json().get("id").asString();
        caseManager.post("/api/v1/cases/" + caseId + "/actions", Map.of("goalId", goal, "text", "Aanmelden bij schuldhulp",
                "ownerId", cm.id(), "dueDate", LocalDate.now().plusDays(7).toString()));
        assertThat(caseManager.post("/api/v1/cases/" + caseId + "/activate", Map.of()).json().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(caseManager.post("/api/v1/cases/" + caseId + "/monitor", Map.of()).json().get("status").asString()).isEqualTo("MONITORING");

        var blocked = caseManager.post("/api/v1/cases/" + caseId + "/close", Map.of("reason", "GOALS_MET"));
        assertThat(blocked.status()).isEqualTo(422);
        assertThat(blocked.json().get("detail").asString()).contains("hulpvragen");

        caseManager.post("/api/v1/help-questions/" + q1 + "/close", Map.of("outcome", "RESOLVED"));
        var questions = caseManager.get("/api/v1/households/" + household + "/help-questions").json().get("items");
        for (var q : questions) {
            if (!q.get("status").asString().equals("CLOSED")) {
                caseManager.post("/api/v1/help-questions/" + q.get("id").asString() + "/triage",
                        Map.of("handler", "JOB_BROKER", "reason", "Werkmakelaar neemt het over"));
            }
        }
        caseManager.post("/api/v1/persons/" + person + "/scores", Map.of("domain", "FINANCES", "score", 4, "date", LocalDate.now().toString()));
        var closed = caseManager.post("/api/v1/cases/" + caseId + "/close", Map.of("reason", "GOALS_MET")).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closeReason").asString()).isEqualTo("GOALS_MET");
        var change = closed.get("scoreChanges").get(0);
        assertThat(change.get("domain").asString()).isEqualTo("FINANCES");
        assertThat(change.get("change").asDouble()).isEqualTo(2.0);
        assertThat(auditCount("READ", "Case", caseId)).isPositive();
        // every write to the case names the person, so "who touched this person's file" finds it
        assertThat(jdbc.sql("""
                SELECT count(*) FROM audit.audit_entry WHERE record_type = 'Case' AND record_id = ? AND action IN ('CREATE', 'UPDATE')
                  AND (person_id IS NULL OR person_id <> ?::uuid)""").params(caseId, person).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_type = 'Case' AND record_id = ? AND action = 'CREATE' "
                + "AND person_id = ?::uuid").params(caseId, person).query(Long.class).single()).isEqualTo(1L);
        // a change to the household (its case manager) is found under each member
        assertThat(programme.coordinator.post("/api/v1/households/" + household + "/case-manager", Map.of("userId", cm.id())).status())
                .isLessThan(300);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_type = 'Household' AND record_id = ? "
                + "AND action = 'UPDATE' AND person_id = ?::uuid").params(household, person).query(Long.class).single()).isPositive();
    }
}
