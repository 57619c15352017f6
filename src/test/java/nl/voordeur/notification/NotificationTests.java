package nl.voordeur.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.internet.MimeMessage;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.ProgrammeFixture;

/**
 * Notifications reach a real SMTP server (GreenMail, in this JVM) and carry no personal content:
 * no name, address, life domain or question, only what happened and a link.
 */
class NotificationTests extends HttpTest {

    static final GreenMail SMTP = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    static {
        SMTP.start();
    }

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("voordeur.notification.base-url", () -> "https://voordeur.example");
        // the test drives the job itself
        registry.add("voordeur.notification.interval", () -> "PT1H");
    }

    @AfterAll
    static void stopMailServer() {
        SMTP.stop();
    }

    @Autowired
    NotificationJob job;

    /** The digest job itself holds its lock for five minutes (one run per morning on any number of instances). */
    @Autowired
    Notifications notifications;

    ProgrammeFixture programme;
    ApiClient caseManager;
    ApiClient partnerUser;
    String household;
    String person;
    UUID partner;

    @BeforeEach
    void aVisitedHouseholdWithACaseManagerAndAPartner() throws Exception {
        programme = ProgrammeFixture.create(this, """
                postcode,huisnummer,straat,woonplaats
                5701 AB,1,Spoorstraat,Helmond
                """);
        programme.assignAllToThePair();
        var cm = user(organisation("WELFARE"));
        member(cm.id(), "CASE_MANAGER");
        caseManager = api(cm.username());
        partner = organisation("DEBT_SERVICES");
        programme.coordinator.post("/api/v1/programmes/" + programme.id + "/partners",
                Map.of("organisationId", partner, "priorityResponseDays", 2));
        var p = user(partner);
        member(p.id(), "PARTNER");
        partnerUser = api(p.username());
        var q = user(partner);
        member(q.id(), "PARTNER");
        Map<String, Object> visit = new HashMap<>();
        visit.put("date", LocalDate.now().minusDays(1).toString());
        visit.put("members", List.of(Map.of("name", "Piet Jansen", "birthYear", 1970, "relation", "MAIN_RESIDENT", "present", true)));
        var recorded = programme.visitorApi.post("/api/v1/addresses/" + programme.addressId("Spoorstraat 1") + "/visits", visit).json();
        household = recorded.get("householdId").asString();
        person = recorded.get("members").get(0).get("id").asString();
        takes(caseManager, cm.id(), household);
        // what happened before this test (other tests share the database) is told and out of the way
        job.run();
        notifications.deliverDigests();
        SMTP.purgeEmailFromAllMailboxes();
    }

    void member(UUID userId, String role) {
        var added = admin().post("/api/v1/programmes/" + programme.id + "/members", Map.of("userId", userId, "roles", List.of(role)));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    String sendReferral() {
        String question = programme.visitorApi.post("/api/v1/households/" + household + "/help-questions",
                Map.of("personId", person, "domain", "FINANCES", "kind", "QUESTION",
                        "description", "Schulden bij de energieleverancier")).json().get("id").asString();
        var consent = caseManager.post("/api/v1/persons/" + person + "/consents", Map.of("organisationId", partner,
                "purpose", "REFERRAL", "given", true, "method", "VERBAL", "date", LocalDate.now().toString()));
        assertThat(consent.status()).as(consent.body()).isEqualTo(201);
        var sent = caseManager.post("/api/v1/help-questions/" + question + "/referrals",
                Map.of("organisationId", partner, "priority", true, "warmHandover", false, "note", "Graag snel contact"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        return sent.json().get("id").asString();
    }

    @Test
    void aPartnerIsMailedOfANewReferralOnceWithALinkAndNothingPersonal() throws Exception {
        var chosen = partnerUser.put("/api/v1/users/me/notifications",
                Map.of("email", "schuldhulp@partner.example", "mode", "IMMEDIATE", "version", 0));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        sendReferral();

        job.run();
        job.run();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).as("one e-mail, however often the job runs").hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("schuldhulp@partner.example");
        assertThat(received[0].getSubject()).isEqualTo("Nieuwe verwijzing in Voordeur");
        assertThat(GreenMailUtil.getBody(received[0])).contains("nieuwe verwijzing voor uw organisatie",
                "https://voordeur.example/referrals");
        assertNothingPersonal(received[0]);
    }

    @Test
    void aPartnerIsMailedOnceWhenAnUnansweredReferralPassesItsDueDate() throws Exception {
        assertThat(partnerUser.put("/api/v1/users/me/notifications",
                Map.of("email", "schuldhulp@partner.example", "mode", "IMMEDIATE", "version", 0)).status()).isEqualTo(200);
        String referral = sendReferral();
        job.run();
        SMTP.purgeEmailFromAllMailboxes();
        jdbc.sql("UPDATE referral.referral SET due_on = current_date - 1 WHERE id = ?").param(UUID.fromString(referral)).update();

        job.run();
        job.run();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("Verwijzing over de termijn");
        assertNothingPersonal(received[0]);
    }

    @Test
    void aCaseManagerWhoChoseTheDigestGetsTheAnswerInOneDailyMail() throws Exception {
        var chosen = caseManager.put("/api/v1/users/me/notifications",
                Map.of("email", "casemanager@welzijn.example", "mode", "DAILY_DIGEST", "version", 0));
        assertThat(chosen.status()).as(chosen.body()).isEqualTo(200);
        String referral = sendReferral();
        var accepted = partnerUser.post("/api/v1/referrals/" + referral + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body()).isLessThan(300);

        job.run();
        assertThat(SMTP.getReceivedMessages()).as("a digest waits for the morning").isEmpty();
        notifications.deliverDigests();

        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("casemanager@welzijn.example");
        assertThat(received[0].getSubject()).isEqualTo("Voordeur: 1 nieuwe melding");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Antwoord op een verwijzing",
                "https://voordeur.example/programmes/" + programme.id + "/referrals/answered");
        assertNothingPersonal(received[0]);
        notifications.deliverDigests();
        assertThat(SMTP.getReceivedMessages()).as("sent once").hasSize(1);
    }

    @Test
    void thePrivacyOfficerIsMailedOfABreakGlassGrantWithoutItsReason() throws Exception {
        var officer = api(user(organisation("MUNICIPALITY"), "PRIVACY_OFFICER").username());
        assertThat(officer.put("/api/v1/users/me/notifications",
                Map.of("email", "fg@gemeente.example", "mode", "IMMEDIATE", "version", 0)).status()).isEqualTo(200);
        // a new installation-wide officer hears of the recent grants of other tests first
        job.run();
        SMTP.purgeEmailFromAllMailboxes();
        var outsider = user(organisation("WELFARE"));
        member(outsider.id(), "VISITOR");
        var granted = api(outsider.username()).post("/api/v1/households/" + household + "/break-glass",
                Map.of("ground", "CASE_MANAGER_UNREACHABLE", "reason", "Acute zorg om de kinderen, casemanager onbereikbaar"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(201);

        job.run();

        var toOfficer = java.util.Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals("fg@gemeente.example");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(toOfficer).hasSize(1);
        assertThat(toOfficer.getFirst().getSubject()).isEqualTo("Noodtoegang gebruikt");
        assertThat(GreenMailUtil.getBody(toOfficer.getFirst())).contains("https://voordeur.example/break-glass")
                .doesNotContain("kinderen", "onbereikbaar", outsider.username());
        assertNothingPersonal(toOfficer.getFirst());
    }

    @Test
    void withoutAnAddressTheNotificationWaitsInTheAdministratorsOutbox() {
        sendReferral();
        job.run();

        assertThat(SMTP.getReceivedMessages()).isEmpty();
        var outbox = admin().get("/api/v1/notifications/outbox?size=50");
        assertThat(outbox.status()).isEqualTo(200);
        long waiting = outbox.json().get("items").valueStream()
                .filter(i -> i.get("kind").asString().equals("REFERRAL_ARRIVED") && !i.hasNonNull("sentAt"))
                .count();
        assertThat(waiting).as("both partner users, neither with an address").isGreaterThanOrEqualTo(2);
        assertThat(outbox.body()).doesNotContain("Piet Jansen", "Spoorstraat", "FINANCES", "energieleverancier");
        assertThat(pages("admin").get("/admin/outbox").body()).contains("Nieuwe verwijzing in Voordeur", "Wacht");
        assertThat(partnerUser.get("/api/v1/notifications/outbox").status()).isEqualTo(403);
        assertThat(pages(programme.visitor.username()).get("/admin/outbox").status()).isEqualTo(403);
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldAndAStaleChoiceDoesNotOverwrite() {
        var bad = partnerUser.put("/api/v1/users/me/notifications", Map.of("email", "geen adres", "mode", "IMMEDIATE", "version", 0));
        assertThat(bad.status()).isEqualTo(422);
        assertThat(bad.body()).contains("email", "geldig e-mailadres");
        assertThat(partnerUser.put("/api/v1/users/me/notifications",
                Map.of("email", "a@partner.example", "mode", "IMMEDIATE", "version", 0)).status()).isEqualTo(200);
        var stale = partnerUser.put("/api/v1/users/me/notifications",
                Map.of("email", "b@partner.example", "mode", "IMMEDIATE", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(partnerUser.get("/api/v1/users/me/notifications").json().get("email").asString()).isEqualTo("a@partner.example");
    }

    @Test
    void theAccountPageSavesTheChoiceAndNamesAWrongAddress() {
        var page = pages(programme.visitor.username());
        assertThat(page.get("/account/notifications").body()).contains("Meldingen", "Eén keer per dag");
        var saved = page.postForm("/account/notifications", Map.of("email", "bezoeker@gemeente.example",
                "mode", "DAILY_DIGEST", "version", "0"));
        assertThat(saved.location()).endsWith("/account/notifications");
        assertThat(page.get("/account/notifications").body()).contains("bezoeker@gemeente.example", "is opgeslagen");
        var refused = page.postForm("/account/notifications", Map.of("email", "fout", "mode", "DAILY_DIGEST", "version", "1"));
        assertThat(refused.body()).contains("Vul een geldig e-mailadres in", "aria-invalid=\"true\"");
    }

    private static void assertNothingPersonal(MimeMessage message) throws Exception {
        String all = message.getSubject() + "\n" + GreenMailUtil.getBody(message);
        assertThat(all).doesNotContain("Piet", "Jansen", "Spoorstraat", "5701", "FINANCES", "Financiën", "financ",
                "energieleverancier", "Graag snel contact");
    }
}
