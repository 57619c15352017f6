package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Households;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.testing.AsUser;
import nl.voordeur.support.Cases;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.testing.TestClock;

/**
 * De Ruit (seed 004): 350 households, 245 visited (70 %, on target) with two persons each; the
 * trajectory rate counts persons: 245 of the 490 visited persons are in an active case (50 %).
 */
class DeRuitReportTests extends HttpTest {

    @Autowired ProgrammeManagement programmes;
    @Autowired AddressImport imports;
    @Autowired AddressRegister register;
    @Autowired Outreach outreach;
    @Autowired Households households;
    @Autowired HelpQuestions questions;
    @Autowired Cases cases;
    @Autowired nl.voordeur.programme.Kernteam kernteam;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theTrajectoryRateCountsPersonsAgainstTheTarget() {
        TestClock.set(ZonedDateTime.of(2009, 9, 1, 9, 0, 0, 0, ZoneId.of("Europe/Amsterdam")));
        var fixture = new ReportFixture(programmes, imports, register, outreach, households, questions);
        UUID programme = fixture.programme("De Ruit " + UUID.randomUUID(), 350, null, 350, 70, 50);
        List<UUID> addresses = fixture.addresses(programme);
        var caseManager = user(organisation("WELFARE"));
        AsSystem.run(() -> kernteam.setMember(programme, caseManager.id(), Set.of(nl.voordeur.access.Role.CASE_MANAGER)));
        int personsInCases = 0;
        for (int i = 0; i < 245; i++) {
            VisitRecorded visit = fixture.visit(addresses.get(i), LocalDate.of(2009, 4, 1).plusDays(i % 90), 2);
            if (personsInCases < 245) {
                fixture.question(visit, LifeDomain.WORK_EDUCATION, QuestionKind.QUESTION);
                Set<UUID> covered = new HashSet<>();
                covered.add(visit.members().get(0).id());
                if (personsInCases < 244) covered.add(visit.members().get(1).id());
                personsInCases += covered.size();
                AsSystem.run(() -> households.assignCaseManager(visit.householdId(), caseManager.id()));
                AsUser.run(users, caseManager.username(), () -> {
                    UUID kase = cases.open(visit.householdId(), caseManager.id(), covered);
                    UUID goal = cases.addGoal(kase, "Werk vinden");
                    cases.addAction(kase, goal, "Gesprek werkmakelaar", caseManager.id(), null);
                    cases.activate(kase);
                });
            }
        }
        var report = admin().get("/api/v1/programmes/" + programme + "/report").json();
        assertThat(report.get("households").asLong()).isEqualTo(350);
        assertThat(report.get("visited").asLong()).isEqualTo(245);
        assertThat(report.get("visitRate").decimalValue()).isEqualByComparingTo("0.700");
        assertThat(report.get("targetParticipationPct").asInt()).isEqualTo(70);
        assertThat(report.get("personsVisited").asLong()).isEqualTo(490);
        assertThat(report.get("personsInTrajectory").asLong()).isEqualTo(245);
        assertThat(report.get("trajectoryRate").decimalValue()).isEqualByComparingTo("0.500");
        assertThat(report.get("targetTrajectoryPct").asInt()).isEqualTo(50);
    }

    @Test
    void theCouncilSeesSmallCountsSuppressedAndTheKernteamExactOnes() {
        TestClock.set(ZonedDateTime.of(2009, 9, 1, 9, 0, 0, 0, ZoneId.of("Europe/Amsterdam")));
        var fixture = new ReportFixture(programmes, imports, register, outreach, households, questions);
        UUID programme = fixture.programme("Klein " + UUID.randomUUID(), 40, null, 30, 70, 50);
        List<UUID> addresses = fixture.addresses(programme);
        for (int i = 0; i < 20; i++) {
            VisitRecorded visit = fixture.visit(addresses.get(i), LocalDate.of(2009, 5, 1), 1);
            if (i < 3) {
                fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
                fixture.question(visit, LifeDomain.HOUSING, QuestionKind.QUESTION);
            } else if (i < 12) {
                fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
            }
        }
        var council = user(organisation("MUNICIPALITY"));
        AsSystem.run(() -> kernteam.setMember(programme, council.id(), Set.of(nl.voordeur.access.Role.COUNCIL)));
        var exact = admin().get("/api/v1/programmes/" + programme + "/report").json();
        assertThat(exact.get("profile").get("multiple").asLong()).isEqualTo(3);
        var suppressed = api(council.username()).get("/api/v1/programmes/" + programme + "/report").json();
        assertThat(suppressed.get("profile").get("multiple").asString()).isEqualTo("<5");
        assertThat(suppressed.get("profile").get("none").asLong()).as("8, rounded to the nearest five").isEqualTo(10);
        assertThat(suppressed.get("profile").get("single").asLong()).as("9, rounded").isEqualTo(10);
        assertThat(suppressed.get("visited").asLong()).isEqualTo(20);
        assertThat(suppressed.toString()).doesNotContain("Bewoner");

        // the council chooses all time or a whole calendar year, never a period of its own
        var councilApi = api(council.username());
        var ownPeriod = councilApi.get("/api/v1/programmes/" + programme + "/report?from=2009-03-01&to=2009-06-30");
        assertThat(ownPeriod.status()).isEqualTo(422);
        assertThat(ownPeriod.body()).contains("kalenderjaar");
        assertThat(councilApi.get("/api/v1/programmes/" + programme + "/report?from=2009-01-01&to=2009-12-31").json()
                .get("visited").asLong()).isEqualTo(20);
        assertThat(admin().get("/api/v1/programmes/" + programme + "/report?from=2009-03-01&to=2009-06-30").status())
                .as("the kernteam may").isEqualTo(200);
        String page = pages(council.username()).get("/programmes/" + programme + "/dashboard?year=2009").body();
        assertThat(page).contains("name=\"year\"").doesNotContain("name=\"from\"");
    }
}
