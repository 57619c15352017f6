package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.access.AsSystem;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.Outcome;
import nl.voordeur.address.Outreach;
import nl.voordeur.household.Households;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.privacy.ConsentMethod;
import nl.voordeur.privacy.Consents;
import nl.voordeur.privacy.Purpose;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.referral.Referrals;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.testing.TestClock;

/**
 * Wielwijk (seed 002): 214 households, 160 contacted of which 10 refused, 100 visited, and among
 * those 33 single, 36 multiple and 31 none; five referrals with known response days.
 */
class WielwijkReportTests extends HttpTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired ProgrammeManagement programmes;
    @Autowired AddressImport imports;
    @Autowired AddressRegister register;
    @Autowired Outreach outreach;
    @Autowired Households households;
    @Autowired HelpQuestions questions;
    @Autowired Consents consents;
    @Autowired Referrals referrals;
    @Autowired Kernteam kernteam;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void theReportShowsWielwijksFigures() {
        TestClock.set(ZonedDateTime.of(2007, 5, 7, 9, 0, 0, 0, AMSTERDAM));   // Monday
        var fixture = new ReportFixture(programmes, imports, register, outreach, households, questions);
        UUID programme = fixture.programme("Wielwijk " + UUID.randomUUID(), 214, 50_000, 107, null, null);
        List<UUID> addresses = fixture.addresses(programme);
        LocalDate day = LocalDate.of(2007, 4, 2);
        List<VisitRecorded> visits = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            VisitRecorded visit = fixture.visit(addresses.get(i), day.plusDays(i % 28), 1);
            visits.add(visit);
            if (i < 33) fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
            else if (i < 69) {
                fixture.question(visit, LifeDomain.FINANCES, QuestionKind.QUESTION);
                fixture.question(visit, LifeDomain.LANGUAGE, QuestionKind.SIGNAL);
            } else if (i < 75) fixture.question(visit, LifeDomain.PARTICIPATION, QuestionKind.OPPORTUNITY);
        }
        for (int i = 100; i < 150; i++) fixture.attempt(addresses.get(i), Outcome.DOORSTEP_CONTACT, day);
        for (int i = 150; i < 160; i++) fixture.attempt(addresses.get(i), Outcome.REFUSED, day);
        for (int i = 160; i < 214; i++) fixture.attempt(addresses.get(i), Outcome.NOT_HOME, day);

        var partnerOrg = organisation("DEBT_SERVICES");
        var partner = user(partnerOrg);
        AsSystem.run(() -> {
            kernteam.setPartner(programme, partnerOrg, 5);
            kernteam.setMember(programme, partner.id(), java.util.Set.of(nl.voordeur.access.Role.PARTNER));
        });
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            VisitRecorded visit = visits.get(i);
            UUID question = jdbc.sql("SELECT id FROM household.help_question WHERE household_id = ?").param(visit.householdId())
                    .query(UUID.class).list().getFirst();
            sent.add(AsSystem.call(() -> {
                consents.record(visit.members().get(0).id(), partnerOrg, Purpose.REFERRAL, true, ConsentMethod.VERBAL, null,
                        LocalDate.of(2007, 5, 7));
                return referrals.send(question, partnerOrg, true, true, null).toString();
            }));
        }
        answer(partner.username(), sent.get(0), "accept", 8);     // Tue: 1 working day
        answer(partner.username(), sent.get(1), "accept", 9);     // Wed: 2
        answer(partner.username(), sent.get(2), "reject", 9);     // Wed: 2
        answer(partner.username(), sent.get(3), "accept", 10);    // Thu: 3
        answer(partner.username(), sent.get(4), "accept", 15);    // Tue 15 May: 6 working days
        TestClock.set(ZonedDateTime.of(2007, 5, 16, 9, 0, 0, 0, AMSTERDAM));
        api(partner.username()).post("/api/v1/referrals/" + sent.get(3) + "/complete", Map.of("successful", true));

        var report = admin().get("/api/v1/programmes/" + programme + "/report").json();
        assertThat(report.get("households").asLong()).isEqualTo(214);
        assertThat(report.get("contacted").asLong()).isEqualTo(160);
        assertThat(report.get("visited").asLong()).isEqualTo(100);
        assertThat(report.get("contactRate").decimalValue()).isEqualByComparingTo("0.748");
        assertThat(report.get("visitRate").decimalValue()).isEqualByComparingTo("0.467");
        assertThat(report.get("profile").get("single").asLong()).isEqualTo(33);
        assertThat(report.get("profile").get("multiple").asLong()).isEqualTo(36);
        assertThat(report.get("profile").get("none").asLong()).isEqualTo(31);
        assertThat(report.get("domains").get(0).get("domain").asString()).isEqualTo("FINANCES");
        assertThat(report.get("domains").get(0).get("count").asLong()).isEqualTo(69);
        assertThat(report.get("domains").get(1).get("domain").asString()).isEqualTo("LANGUAGE");
        assertThat(report.get("domains").get(1).get("count").asLong()).isEqualTo(36);
        assertThat(report.get("domains").size()).isEqualTo(2);
        var partnerFigures = report.get("referrals").get(0);
        assertThat(partnerFigures.get("sent").asLong()).isEqualTo(5);
        assertThat(partnerFigures.get("accepted").asLong()).isEqualTo(4);
        assertThat(partnerFigures.get("rejected").asLong()).isEqualTo(1);
        assertThat(partnerFigures.get("completedSuccessfully").asLong()).isEqualTo(1);
        assertThat(partnerFigures.get("medianResponseDays").decimalValue()).isEqualByComparingTo("2");
        assertThat(partnerFigures.get("overdue").asLong()).isZero();
        assertThat(report.get("personsVisited").asLong()).isEqualTo(100);
        assertThat(report.get("personsInTrajectory").asLong()).isEqualTo(4);
        assertThat(report.get("trajectoryRate").decimalValue()).isEqualByComparingTo("0.040");
        assertThat(report.get("visits").asLong()).isEqualTo(100);
        assertThat(report.get("plannedVisits").asInt()).isEqualTo(107);
        assertThat(report.get("costPerVisit").decimalValue()).isEqualByComparingTo("500.00");
    }

    private void answer(String partner, String referral, String action, int mayDay) {
        TestClock.set(ZonedDateTime.of(2007, 5, mayDay, 11, 0, 0, 0, AMSTERDAM));
        var response = api(partner).post("/api/v1/referrals/" + referral + "/" + action,
                action.equals("reject") ? Map.of("reason", "Geen capaciteit") : Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
