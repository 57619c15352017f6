package nl.voordeur.retention;

import static nl.voordeur.retention.RetentionScenario.member;
import static nl.voordeur.retention.RetentionScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.TestClock;
import tools.jackson.databind.JsonNode;

/**
 * Acceptance point 5 of issue 6: with a fixed clock, an expired file is anonymised and the
 * report's figures stay exactly the same; contact-only data past their term are gone; the dry
 * run predicted exactly this; a second run changes nothing; what has not expired is untouched.
 */
class RetentionTests extends HttpTest {

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void anExpiredFileIsAnonymisedAsTheDryRunPredictedAndTheReportStaysTheSame() {
        var s = new RetentionScenario(this);
        s.attempt(1, "APPOINTMENT_MADE", "Buurvrouw zegt dat Jan Jansen 's avonds thuis is");
        var a = s.visit(1, Map.of("willingToVolunteer", true, "interpreterNeeded", false, "volunteerNote", "Jan Jansen wil koken in het buurthuis",
                        "maintenanceRemark", "Schimmel in de badkamer van Jan Jansen"),
                member("Jan Jansen", 1970, "MAIN_RESIDENT"), member("Piet Jansen", 2005, "CHILD"));
        String hA = a.get("householdId").asString();
        String jan = a.get("members").get(0).get("id").asString();
        String piet = a.get("members").get(1).get("id").asString();
        ok(s.caseManager.post("/api/v1/households/" + hA + "/case-manager", Map.of("userId", s.caseManagerUser.id())));
        ok(s.caseManager.post("/api/v1/persons/" + jan + "/conversations",
                Map.of("domain", "FINANCES", "note", "Jan Jansen heeft drie schuldeisers", "score", 2)));
        String q = s.question(hA, jan, "FINANCES", "Schulden bij de bank van Jan Jansen");
        ok(s.caseManager.post("/api/v1/persons/" + jan + "/consents", Map.of("organisationId", s.partnerOrg,
                "purpose", "REFERRAL", "given", true, "method", "VERBAL", "date", "2019-06-03")));
        String referral = ok(s.caseManager.post("/api/v1/help-questions/" + q + "/referrals", Map.of("organisationId", s.partnerOrg,
                "priority", true, "warmHandover", true, "note", "Jan Jansen is bereikbaar op 06-12345678"))).json().get("id").asString();
        ok(s.partner.post("/api/v1/referrals/" + referral + "/accept", Map.of()));
        ok(s.partner.post("/api/v1/referrals/" + referral + "/complete",
                Map.of("successful", false, "reason", "Jan Jansen kwam niet op de afspraak")));
        String caseId = ok(s.caseManager.post("/api/v1/households/" + hA + "/cases",
                Map.of("ownerId", s.caseManagerUser.id(), "personIds", List.of(jan)))).json().get("id").asString();
        String goal = ok(s.caseManager.post("/api/v1/cases/" + caseId + "/goals", Map.of("text", "Jan Jansen schuldenvrij")))
                .json().get("id").asString();
        String action = ok(s.caseManager.post("/api/v1/cases/" + caseId + "/actions", Map.of("goalId", goal,
                "text", "Jan Jansen aanmelden bij schuldhulp", "ownerId", s.caseManagerUser.id()))).json().get("id").asString();
        ok(s.caseManager.post("/api/v1/cases/" + caseId + "/activate", Map.of()));
        ok(s.caseManager.post("/api/v1/help-questions/" + q + "/close", Map.of("outcome", "PARTLY_RESOLVED")));
        ok(s.caseManager.post("/api/v1/cases/" + caseId + "/close", Map.of("reason", "GOALS_MET")));
        String meldcode = ok(s.caseManager.post("/api/v1/households/" + hA + "/meldcode",
                Map.of("personId", piet, "concern", "Piet Jansen vertelt over ruzie thuis"))).json().get("id").asString();
        walkMeldcode(s, meldcode);

        var b = s.visit(2, null, member("Els de Vries", 1950, "MAIN_RESIDENT"));
        String hB = b.get("householdId").asString();
        String bQuestion = s.question(hB, b.get("members").get(0).get("id").asString(), "SOCIAL_NETWORK",
                "Els de Vries is eenzaam sinds haar man overleed");
        s.attempt(3, "NOT_HOME", "Buurman: mevrouw Klaassen ligt in het ziekenhuis");
        s.attempt(3, "REFUSED", "Meneer Klaassen wil niet, was boos");
        ok(s.programme.visitorApi.put("/api/v1/addresses/" + s.address(3) + "/visit-draft", "Mevrouw Klaassen, 80 jaar"));
        ok(s.programme.coordinator.post("/api/v1/addresses/" + s.address(4) + "/status-correction",
                Map.of("status", "VACANT", "reason", "Familie Bakker is naar Spanje verhuisd")));
        var d = s.visit(5, null, member("Kees de Boer", 1960, "MAIN_RESIDENT"));
        String hD = d.get("householdId").asString();
        ok(s.caseManager.post("/api/v1/households/" + hD + "/case-manager", Map.of("userId", s.caseManagerUser.id())));

        var terms = ok(s.officer.put(s.path("/retention"), Map.of("caseMonths", 12, "contactOnlyMonths", 6, "version", 0))).json();
        assertThat(terms.get("caseMonths").asInt()).isEqualTo(12);
        assertThat(s.officer.put(s.path("/retention"), Map.of("caseMonths", 18, "contactOnlyMonths", 6, "version", 0)).status())
                .as("a change based on an older version").isEqualTo(409);
        var invalid = s.officer.put(s.path("/retention"), Map.of("caseMonths", 0, "contactOnlyMonths", 6, "version", 1));
        assertThat(invalid.status()).isEqualTo(400); // below the documented minimum of the body (1 month)
        assertThat(invalid.json().get("errors").get(0).get("field").asString()).isEqualTo("caseMonths");

        s.travelTo(ZonedDateTime.of(2021, 9, 1, 10, 0, 0, 0, RetentionScenario.AMSTERDAM));
        ok(s.caseManager.post("/api/v1/persons/" + d.get("members").get(0).get("id").asString() + "/conversations",
                Map.of("domain", "WORK_EDUCATION", "note", "Kees de Boer gaat weer werken")));

        s.travelTo(ZonedDateTime.of(2022, 1, 10, 10, 0, 0, 0, RetentionScenario.AMSTERDAM));
        JsonNode reportBefore = admin().get(s.path("/report")).json();

        JsonNode plan = planOf(ok(s.officer.get("/api/v1/retention/preview")).json(), s.programme.id);
        Map<String, Set<String>> predicted = records(plan);
        assertThat(counts(predicted)).isEqualTo(new TreeMap<>(Map.ofEntries(
                Map.entry("AddressEvent", 1), Map.entry("ContactAttempt", 3), Map.entry("Conversation", 1),
                Map.entry("HelpQuestion", 1), Map.entry("Household", 1), Map.entry("HousingRemark", 1),
                Map.entry("MeldcodeRecord", 1), Map.entry("MeldcodeStep", 5), Map.entry("Person", 2),
                Map.entry("PlanAction", 1), Map.entry("PlanGoal", 1), Map.entry("Referral", 1), Map.entry("VisitDraft", 1))));
        assertThat(predicted.get("Person")).containsExactlyInAnyOrder(jan, piet);
        assertThat(predicted.get("HelpQuestion")).containsExactly(q).doesNotContain(bQuestion);
        assertThat(predicted.get("Household")).containsExactly(hA);
        assertThat(predicted.get("Referral")).containsExactly(referral);
        assertThat(predicted.get("PlanGoal")).containsExactly(goal);
        assertThat(predicted.get("PlanAction")).containsExactly(action);
        assertThat(predicted.get("MeldcodeRecord")).containsExactly(meldcode);

        var run = s.officer.post("/api/v1/retention/runs", Map.of());
        assertThat(run.status()).as(run.body()).isEqualTo(201);
        String runId = run.json().get("id").asString();
        assertThat(run.json().get("dryRun").asBoolean()).isFalse();
        assertThat(run.json().get("trigger").asString()).isEqualTo("USER");
        assertThat(run.json().get("finishedAt").isNull()).isFalse();
        assertThat(countsOf(run.json())).isEqualTo(counts(predicted));
        assertThat(auditedBy(runId)).as("the run did exactly what the dry run predicted").isEqualTo(predicted);

        assertThat(admin().get(s.path("/report")).json()).as("the whole report").isEqualTo(reportBefore);

        String fileA = ok(s.caseManager.get("/api/v1/households/" + hA)).body();
        assertThat(fileA).doesNotContain("Jansen").doesNotContain("1970").doesNotContain("Schulden bij de bank")
                .doesNotContain("schuldeisers").doesNotContain("buurthuis").doesNotContain("Schimmel");
        assertThat(jdbc.sql("SELECT count(*) FROM household.person WHERE household_id = ?::uuid AND (name <> '' OR birth_year IS NOT NULL)")
                .param(hA).query(Long.class).single()).isZero();
        assertThat(text("SELECT string_agg(coalesce(description, '') || coalesce(handler_reason, ''), '') FROM household.help_question WHERE household_id = ?::uuid", hA)).isEmpty();
        assertThat(text("SELECT string_agg(g.text || a.text, '') FROM support.plan_goal g JOIN support.plan_action a ON a.goal_id = g.id WHERE g.case_id = ?::uuid", caseId)).isEmpty();
        assertThat(text("SELECT coalesce(note, '') || coalesce(reason, '<null>') || status || successful FROM referral.referral WHERE id = ?::uuid", referral))
                .as("note and reason blanked, the reason's presence kept").isEqualTo("COMPLETEDfalse");
        assertThat(text("SELECT coalesce(concern, '') || string_agg(s.note, '') || count(*) FROM meldcode.meldcode_record r JOIN meldcode.step s ON s.record_id = r.id WHERE r.id = ?::uuid GROUP BY r.concern", meldcode))
                .isEqualTo("5");
        assertThat(text("SELECT string_agg(coalesce(note, '<null>') || outcome, ',' ORDER BY outcome) FROM address.contact_attempt WHERE address_id = ?::uuid", s.address(3)))
                .as("contact-only notes gone, the attempts counted").isEqualTo("<null>NOT_HOME,<null>REFUSED");
        assertThat(jdbc.sql("SELECT count(*) FROM household.visit_draft WHERE address_id = ?::uuid").param(s.address(3)).query(Long.class).single()).isZero();
        assertThat(text("SELECT detail FROM address.address_event WHERE address_id = ?::uuid AND kind = 'STATUS_CORRECTED'", s.address(4))).isEqualTo("VACANT");

        assertThat(text("SELECT name FROM household.person WHERE household_id = ?::uuid", hB)).as("not expired: open question").isEqualTo("Els de Vries");
        assertThat(text("SELECT description FROM household.help_question WHERE id = ?::uuid", bQuestion)).contains("eenzaam");
        assertThat(text("SELECT p.name || ' ' || c.note FROM household.conversation c JOIN household.person p ON p.id = c.person_id WHERE p.household_id = ?::uuid", hD))
                .as("not expired: activity in September 2021").isEqualTo("Kees de Boer Kees de Boer gaat weer werken");

        long audited = jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action IN ('ANONYMISE', 'DELETE') AND programme_id = ?::uuid")
                .param(s.programme.id).query(Long.class).single();
        var again = ok(s.officer.post("/api/v1/retention/runs", Map.of())).json();
        assertThat(countsOf(again)).as("a second run changes nothing").isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action IN ('ANONYMISE', 'DELETE') AND programme_id = ?::uuid")
                .param(s.programme.id).query(Long.class).single()).isEqualTo(audited);
        // the subject-rights desk treats a person anonymised by retention as erased: no name put back, nothing left to erase
        var rectify = s.officer.put("/api/v1/persons/" + jan, Map.of("name", "Jan Jansen", "birthYear", 1970, "version", 0));
        assertThat(rectify.status()).as(rectify.body()).isEqualTo(422);
        assertThat(rectify.body()).contains("al gewist");
        assertThat(s.officer.post("/api/v1/persons/" + jan + "/erase", Map.of()).status()).isEqualTo(422);
        assertThat(text("SELECT name FROM household.person WHERE id = ?::uuid", jan)).isEmpty();
        assertThat(admin().get(s.path("/report")).json()).isEqualTo(reportBefore);
        assertThat(records(planOf(ok(s.officer.get("/api/v1/retention/preview")).json(), s.programme.id))).isEmpty();

        var log = ok(s.officer.get("/api/v1/retention/runs?size=50")).json().get("items");
        assertThat(log.findValuesAsString("id")).contains(runId, again.get("id").asString());
        assertThat(ok(s.officer.get("/api/v1/retention/runs/" + runId)).json().get("counts").get("Person").asInt()).isEqualTo(2);
        assertThat(auditCount("CREATE", "RetentionRun", runId)).isEqualTo(1);
    }

    private void walkMeldcode(RetentionScenario s, String record) {
        String steps = "/api/v1/meldcode/" + record + "/steps";
        ok(s.safetyOfficer.post(steps, step("SIGNALS_MAPPED", "Piet Jansen had een blauwe plek")));
        ok(s.safetyOfficer.post(steps, step("CONSULTED", "Collega over Piet Jansen gesproken")));
        ok(s.safetyOfficer.post(steps, step("DISCUSSED", "Gesprek met Jan Jansen")));
        var weigh = step("WEIGHED", "Geen directe dreiging voor Piet Jansen");
        weigh.put("acuteUnsafety", false);
        weigh.put("structuralUnsafety", false);
        ok(s.safetyOfficer.post(steps, weigh));
        var decide = step("DECIDED", "Hulp voor Jan en Piet Jansen via het wijkteam");
        decide.put("decision", "ORGANISE_HELP");
        ok(s.safetyOfficer.post(steps, decide));
    }

    private static Map<String, Object> step(String step, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("step", step);
        body.put("note", note);
        return body;
    }

    static JsonNode planOf(JsonNode preview, String programmeId) {
        for (JsonNode plan : preview.get("programmes")) {
            if (plan.get("programmeId").asString().equals(programmeId)) return plan;
        }
        throw new AssertionError("programme missing from the dry run: " + preview);
    }

    static Map<String, Set<String>> records(JsonNode plan) {
        Map<String, Set<String>> records = new TreeMap<>();
        plan.get("records").properties().forEach(e -> {
            Set<String> ids = new HashSet<>();
            e.getValue().forEach(id -> ids.add(id.asString()));
            records.put(e.getKey(), ids);
        });
        return records;
    }

    static Map<String, Integer> counts(Map<String, Set<String>> records) {
        Map<String, Integer> counts = new TreeMap<>();
        records.forEach((kind, ids) -> counts.put(kind, ids.size()));
        return counts;
    }

    static Map<String, Integer> countsOf(JsonNode run) {
        Map<String, Integer> counts = new TreeMap<>();
        run.get("counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asInt()));
        return counts;
    }

    /** What a run did, read back from its audit entries. */
    Map<String, Set<String>> auditedBy(String runId) {
        Map<String, Set<String>> done = new TreeMap<>();
        jdbc.sql("SELECT record_type, record_id FROM audit.audit_entry WHERE action IN ('ANONYMISE', 'DELETE') AND details = ?")
                .param("run=" + runId)
                .query((rs, n) -> done.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2))).list();
        return done;
    }

    private String text(String sql, String id) {
        return jdbc.sql(sql).param(id).query(String.class).optional().orElse("");
    }

    static UUID uuid(String id) {
        return UUID.fromString(id);
    }
}
