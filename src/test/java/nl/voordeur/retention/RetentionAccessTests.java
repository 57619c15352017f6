package nl.voordeur.retention;

import static nl.voordeur.retention.RetentionScenario.member;
import static nl.voordeur.retention.RetentionScenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.TestClock;
import tools.jackson.databind.JsonNode;

/** Who may see and start retention, and what happens when two runs meet. */
class RetentionAccessTests extends HttpTest {

    @Autowired RetentionJob job;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void onlyThePrivacyOfficerSeesTheDryRunAndStartsARunAndTheAdministratorSetsTerms() {
        var s = new RetentionScenario(this);
        ApiClient coordinator = s.programme.coordinator;
        for (ApiClient other : List.of(coordinator, s.caseManager, admin())) {
            assertThat(other.get("/api/v1/retention/preview").status()).isEqualTo(403);
            assertThat(other.post("/api/v1/retention/runs", Map.of()).status()).isEqualTo(403);
            assertThat(other.get("/api/v1/retention/runs").status()).isEqualTo(403);
        }
        assertThat(coordinator.get(s.path("/retention")).status()).as("a member without the role").isEqualTo(403);
        assertThat(coordinator.put(s.path("/retention"), Map.of("caseMonths", 1, "contactOnlyMonths", 0, "version", 0)).status())
                .isEqualTo(403);
        var strangerOfficer = api(user(organisation("MUNICIPALITY")).username());
        assertThat(strangerOfficer.get(s.path("/retention")).status()).as("not a member: the programme is not there").isEqualTo(404);
        var defaults = ok(admin().get(s.path("/retention"))).json();
        assertThat(defaults.get("caseMonths").asInt()).isEqualTo(24);
        assertThat(defaults.get("contactOnlyMonths").asInt()).isEqualTo(6);
        assertThat(defaults.get("standard").asBoolean()).isTrue();
        assertThat(ok(admin().put(s.path("/retention"), Map.of("caseMonths", 36, "contactOnlyMonths", 3, "version", 0)))
                .json().get("caseMonths").asInt()).isEqualTo(36);
        assertThat(ok(s.officer.get(s.path("/retention"))).json().get("version").asInt()).isEqualTo(1);

        var officerPages = pages(s.officerUsername);
        var page = officerPages.get("/retention");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Bewaartermijnen").contains(s.programme.id).contains("Nu uitvoeren");
        assertThat(officerPages.get("/").body()).contains("href=\"/retention\"");
        var settings = officerPages.get("/programmes/" + s.programme.id + "/retention");
        assertThat(settings.status()).isEqualTo(200);
        var saved = officerPages.postForm("/programmes/" + s.programme.id + "/retention",
                Map.of("caseMonths", "30", "contactOnlyMonths", "3", "version", "1"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(ok(s.officer.get(s.path("/retention"))).json().get("caseMonths").asInt()).isEqualTo(30);
        officerPages.get("/retention");
        assertThat(officerPages.postForm("/retention/run", Map.of()).location()).endsWith("/retention");
        assertThat(pages(s.caseManagerUsername).get("/retention").status()).isEqualTo(403);
    }

    @Test
    void twoRunsAtTheSameTimeAnonymiseEachRecordOnce() throws Exception {
        var s = new RetentionScenario(this);
        for (int n = 1; n <= 3; n++) {
            s.visit(n, Map.of("interpreterNeeded", true, "interpreterLanguage", "Pools"),
                    member("Bewoner " + n, 1960 + n, "MAIN_RESIDENT"));
        }
        s.travelTo(ZonedDateTime.of(2030, 1, 7, 10, 0, 0, 0, RetentionScenario.AMSTERDAM));
        JsonNode plan = RetentionTests.planOf(ok(s.officer.get("/api/v1/retention/preview")).json(), s.programme.id);
        var predicted = RetentionTests.records(plan);
        assertThat(RetentionTests.counts(predicted)).containsEntry("Person", 3).containsEntry("Household", 3);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Callable<JsonNode>> runs = List.of(
                () -> ok(s.officer.post("/api/v1/retention/runs", Map.of())).json(),
                () -> ok(s.officer.post("/api/v1/retention/runs", Map.of())).json());
        List<JsonNode> answers = new ArrayList<>();
        for (Future<JsonNode> f : pool.invokeAll(runs)) answers.add(f.get());
        pool.shutdown();

        var total = new java.util.TreeMap<String, Integer>();
        answers.forEach(a -> RetentionTests.countsOf(a).forEach((k, v) -> total.merge(k, v, Integer::sum)));
        assertThat(total).isEqualTo(RetentionTests.counts(predicted));
        for (var kind : predicted.entrySet()) {
            for (String id : kind.getValue()) {
                assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'ANONYMISE' AND record_type = ? AND record_id = ?")
                        .params(kind.getKey(), id).query(Long.class).single()).as(kind.getKey() + " " + id).isEqualTo(1);
            }
        }
    }

    @Test
    void theDailyJobStaysIdleWhileAnotherInstanceHoldsItsLock() {
        long before = jdbc.sql("SELECT count(*) FROM retention.retention_run WHERE trigger = 'SCHEDULE'").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO shedlock (name, lock_until, locked_at, locked_by)
                VALUES ('retention', now() + interval '10 minutes', now(), 'other-instance')
                ON CONFLICT (name) DO UPDATE SET lock_until = EXCLUDED.lock_until, locked_by = EXCLUDED.locked_by""").update();
        try {
            job.daily();
        } finally {
            jdbc.sql("DELETE FROM shedlock WHERE name = 'retention' AND locked_by = 'other-instance'").update();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM retention.retention_run WHERE trigger = 'SCHEDULE'").query(Long.class).single())
                .isEqualTo(before);
    }
}
