package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;
import nl.voordeur.testing.TestClock;

/** TOTP second factor: security.md acceptance 8 (a password alone reaches nothing; codes are single-use). */
class TwoFactorTests extends HttpTest {

    private static final Pattern SECRET = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<");

    @Autowired
    TwoFactorPolicy policy;

    private ZonedDateTime now;

    @BeforeEach
    void fixTheClock() {
        now = ZonedDateTime.ofInstant(Instant.ofEpochSecond(Instant.now().getEpochSecond() / 30 * 30 + 5), ZoneOffset.UTC);
        TestClock.set(now);
    }

    @AfterEach
    void resetTheClockAndPolicy() {
        TestClock.reset();
        policy.enforce(false);
        // the wrong codes here all come from localhost: do not let them throttle later tests by address
        jdbc.sql("DELETE FROM access.login_throttle WHERE key LIKE 'addr:%'").update();
    }

    @Test
    void demoModeDoesNotEnforceEnrolment() {
        assertThat(policy.enforced()).as("the tests run in demo mode").isFalse();
        var user = user(organisation("WELFARE"), "VISITOR");
        assertThat(new PageClient(port).login(user.username(), PASSWORD).location()).endsWith("/");
        assertThat(api(user.username()).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aPasswordAloneReachesNoPageOrApiOfAnEnrolledUser() {
        var user = user(organisation("WELFARE"), "CASE_MANAGER");
        String secret = enrol(pages(user.username()));

        var browser = new PageClient(port);
        assertThat(browser.login(user.username(), PASSWORD).location()).endsWith("/login/code");
        for (String path : new String[] {"/", "/programmes", "/account/two-factor", "/login/enrol"}) {
            var page = browser.get(path);
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).endsWith("/login/code");
        }
        var passwordOnly = anonymousApi().post("/api/v1/auth/token",
                Map.of("username", user.username(), "password", PASSWORD));
        var wrongPassword = anonymousApi().post("/api/v1/auth/token",
                Map.of("username", user.username(), "password", "not the password at all"));
        assertThat(passwordOnly.status()).isEqualTo(wrongPassword.status()).isEqualTo(401);
        assertThat(passwordOnly.body()).isEqualTo(wrongPassword.body());

        browser.get("/login/code");
        assertThat(browser.postForm("/login/code", Map.of("code", "000000")).body()).contains("klopt niet");
        assertThat(loginDetails(user.id())).as("the enrolment's own login only").containsExactly("password");
        later(30);
        var loggedIn = browser.postForm("/login/code", Map.of("code", code(secret)));
        assertThat(loggedIn.location()).endsWith("/");
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(loginDetails(user.id())).containsExactly("password", "password, second factor");
    }

    private List<String> loginDetails(UUID userId) {
        return jdbc.sql("SELECT details FROM audit.audit_entry WHERE action = 'LOGIN' AND outcome = 'SUCCESS' "
                + "AND record_id = ? ORDER BY id").param(userId.toString()).query(String.class).list();
    }

    @Test
    void aLongUsernameGetsThroughTheCodeStep() {
        String username = "u-with-a-long-name-" + UUID.randomUUID();
        var created = admin().post("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "displayName", "Test " + username, "organisationId", organisation("WELFARE"), "roles", List.of("VISITOR")));
        assertThat(created.status()).isEqualTo(201);
        String secret = enrol(pages(username));
        later(30);

        var browser = new PageClient(port);
        assertThat(browser.login(username, PASSWORD).location()).endsWith("/login/code");
        browser.get("/login/code");
        assertThat(browser.postForm("/login/code", Map.of("code", code(secret))).location()).endsWith("/");
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void theRightCodeGivesATokenOnceAndAReusedCodeIsRefused() {
        var user = user(organisation("WELFARE"), "VISITOR");
        String secret = enrol(pages(user.username()));
        var sameStepAsEnrolment = token(user.username(), code(secret));
        assertThat(sameStepAsEnrolment.status()).as("the enrolment code is used up").isEqualTo(401);

        later(30);
        String code = code(secret);
        var first = token(user.username(), code);
        assertThat(first.status()).isEqualTo(200);
        assertThat(token(user.username(), code).status()).as("reused code").isEqualTo(401);
        var browser = new PageClient(port);
        browser.login(user.username(), PASSWORD);
        browser.get("/login/code");
        assertThat(browser.postForm("/login/code", Map.of("code", code)).status()).as("reused on the page").isEqualTo(200);
        assertThat(browser.get("/").location()).endsWith("/login/code");

        String bearer = first.json().get("token").asString();
        assertThat(jdbc.sql("SELECT two_factor FROM access.api_token WHERE token_hash = ?")
                .param(ApiTokens.hash(bearer)).query(Boolean.class).single()).isTrue();
    }

    @Test
    void wrongCodesCountTowardsTheLoginThrottle() {
        var user = user(organisation("WELFARE"), "VISITOR");
        String secret = enrol(pages(user.username()));
        for (int i = 0; i < 5; i++) {
            assertThat(token(user.username(), "12345" + i).status()).isEqualTo(401);
        }
        String nextStepsCode = codeAt(secret, 1); // valid now (one step of drift allowed), not used yet
        assertThat(token(user.username(), nextStepsCode).status()).isEqualTo(429);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'LOGIN_FAILED' AND record_id = ? "
                + "AND details = 'bad second factor'").param(user.id().toString()).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aSessionAndATokenWithoutASecondFactorEndWhenTwoFactorBecomesRequired() {
        var visitor = user(organisation("WELFARE"), "VISITOR");
        var browser = pages(visitor.username());
        var api = api(visitor.username());
        assertThat(browser.get("/").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/me").status()).isEqualTo(200);

        policy.enforce(true);

        assertThat(browser.get("/").location()).as("the stale page session is gone").endsWith("/login");
        assertThat(api.get("/api/v1/users/me").status()).as("a password-only token no longer counts").isEqualTo(401);
    }

    @Test
    void outsideDemoModeEveryRoleThatSeesPersonalDataMustEnrolFirst() {
        var visitor = user(organisation("WELFARE"), "VISITOR");
        var council = user(organisation("MUNICIPALITY"), "COUNCIL");
        String enrolmentCode = admin().post("/api/v1/users/" + visitor.id() + "/enrolment-code", Map.of())
                .json().get("code").asString();
        policy.enforce(true);

        var refused = anonymousApi().post("/api/v1/auth/token", Map.of("username", visitor.username(), "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("tweestapsverificatie");

        var browser = new PageClient(port);
        assertThat(browser.login(visitor.username(), PASSWORD).location()).endsWith("/login/enrol");
        assertThat(browser.get("/").location()).endsWith("/login/enrol");
        assertThat(browser.get("/login/code").location()).endsWith("/login/enrol");
        String secret = secretOn(browser.get("/login/enrol").body());
        assertThat(browser.postForm("/login/enrol", Map.of("code", "000000", "enrolmentCode", enrolmentCode)).body())
                .contains("klopt niet");
        assertThat(browser.postForm("/login/enrol", Map.of("code", code(secret), "enrolmentCode", enrolmentCode))
                .location()).endsWith("/");
        assertThat(browser.get("/").status()).isEqualTo(200);

        assertThat(new PageClient(port).login(council.username(), PASSWORD).location())
                .as("aggregates only: no second factor needed").endsWith("/");
    }

    @Test
    void enrollingNeedsTheCurrentPasswordAndEndsTokensIssuedOnThePasswordAlone() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var oldToken = api(user.username());
        var browser = pages(user.username());
        String secret = secretOn(browser.get("/account/two-factor").body());
        var refused = browser.postForm("/account/two-factor", Map.of("password", "not my password", "code", code(secret)));
        assertThat(refused.body()).contains("wachtwoord klopt niet").contains(secret);
        assertThat(oldToken.get("/api/v1/users/me").status()).isEqualTo(200);

        assertThat(browser.postForm("/account/two-factor", Map.of("password", PASSWORD, "code", code(secret)))
                .location()).endsWith("/account/two-factor");
        assertThat(oldToken.get("/api/v1/users/me").status()).isEqualTo(401);
    }

    @Test
    void theApiEnrolsTooAfterThePassword() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var api = api(user.username());
        assertThat(api.get("/api/v1/users/me/two-factor").json().get("enrolled").asBoolean()).isFalse();
        assertThat(api.post("/api/v1/users/me/two-factor", Map.of("password", "not my password")).status())
                .isEqualTo(422);
        var offer = api.post("/api/v1/users/me/two-factor", Map.of("password", PASSWORD));
        assertThat(offer.status()).isEqualTo(201);
        String secret = offer.json().get("secret").asString();
        assertThat(offer.json().get("otpauthUri").asString()).startsWith("otpauth://totp/").contains(secret);
        assertThat(api.put("/api/v1/users/me/two-factor", Map.of("code", "000000")).status()).isEqualTo(422);
        assertThat(api.put("/api/v1/users/me/two-factor", Map.of("code", code(secret))).status()).isEqualTo(204);

        assertThat(api.get("/api/v1/users/me").status()).as("password-only token ended").isEqualTo(401);
        later(30);
        var withCode = ApiClient.bearer(port, token(user.username(), code(secret)).json().get("token").asString());
        assertThat(withCode.get("/api/v1/users/me/two-factor").json().get("enrolled").asBoolean()).isTrue();
        assertThat(withCode.post("/api/v1/users/me/two-factor", Map.of("password", PASSWORD)).status()).isEqualTo(422);
        assertThat(withCode.get("/api/v1/users/me/two-factor").body()).doesNotContain(secret);
    }

    @Test
    void theSecretIsNeitherStoredInClearNorShownAgain() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var browser = pages(user.username());
        String secret = enrol(browser);
        assertThat(browser.get("/account/two-factor").body()).doesNotContain(secret).contains("staat aan");
        String stored = jdbc.sql("SELECT secret_encrypted FROM access.two_factor WHERE user_id = ?")
                .param(user.id()).query(String.class).single();
        assertThat(stored).doesNotContain(secret);
    }

    @Test
    void anAdministratorResetsTwoFactorOnlyAfterTheirOwnSecondFactor() {
        var user = user(organisation("WELFARE"), "VISITOR");
        enrol(pages(user.username()));
        assertThat(admin().delete("/api/v1/users/" + user.id() + "/two-factor").status())
                .as("the demo admin logged in with a password only").isEqualTo(403);

        var secondAdmin = user(organisation("MUNICIPALITY"), "ADMIN");
        String adminSecret = enrol(pages(secondAdmin.username()));
        later(30);
        var response = token(secondAdmin.username(), code(adminSecret));
        var mfaAdmin = ApiClient.bearer(port, response.json().get("token").asString());
        assertThat(mfaAdmin.delete("/api/v1/users/" + user.id() + "/two-factor").status()).isEqualTo(204);
        assertThat(mfaAdmin.delete("/api/v1/users/" + java.util.UUID.randomUUID() + "/two-factor").status()).isEqualTo(404);
        assertThat(api(user.username()).get("/api/v1/users/me").status()).as("no second factor any more").isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ? AND details = 'two-factor reset' "
                + "AND outcome <> 'DENIED'").param(user.id().toString()).query(Long.class).single()).isOne();
        assertThat(api(user.username()).delete("/api/v1/users/" + secondAdmin.id() + "/two-factor").status())
                .isEqualTo(403);
    }

    private String enrol(PageClient browser) {
        String secret = secretOn(browser.get("/account/two-factor").body());
        var confirmed = browser.postForm("/account/two-factor", Map.of("password", PASSWORD, "code", code(secret)));
        assertThat(confirmed.location()).endsWith("/account/two-factor");
        return secret;
    }

    /**
     * Issue 16 item 11: with two-factor enforced, knowing the password is not enough to enrol an
     * authenticator; the first enrolment needs the one-time code an administrator issued, which is
     * shown once, stored hashed, used up by the enrolment and expires.
     */
    @Test
    void withTwoFactorEnforcedThePasswordAloneCannotEnrolAnAuthenticator() {
        var visitor = user(organisation("WELFARE"), "VISITOR");
        policy.enforce(true);
        var intruder = new PageClient(port);
        assertThat(intruder.login(visitor.username(), PASSWORD).location()).endsWith("/login/enrol");
        String page = intruder.get("/login/enrol").body();
        assertThat(page).contains("Inschrijfcode van de beheerder");
        String secret = secretOn(page);

        var refused = intruder.postForm("/login/enrol", Map.of("code", code(secret)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("De inschrijfcode klopt niet");
        assertThat(intruder.postForm("/login/enrol", Map.of("code", code(secret), "enrolmentCode", "ABCD-EFGH-JKMN"))
                .body()).contains("De inschrijfcode klopt niet");
        assertThat(jdbc.sql("SELECT count(*) FROM access.two_factor WHERE user_id = ?").param(visitor.id())
                .query(Long.class).single()).isZero();
        assertThat(intruder.get("/").location()).endsWith("/login/enrol");
    }

    @Test
    void anEnrolmentCodeFromTheAdministratorIsShownOnceStoredHashedUsedOnceAndExpires() {
        var visitor = user(organisation("WELFARE"), "VISITOR");
        var admin = pages("admin");
        admin.get("/admin/users/" + visitor.id());
        var issued = admin.postForm("/admin/users/" + visitor.id() + "/enrolment-code", Map.of());
        var shown = Pattern.compile("id=\"enrolment-code\">([A-Z0-9-]+)<").matcher(issued.body());
        assertThat(shown.find()).isTrue();
        String code = shown.group(1);
        assertThat(admin.get("/admin/users/" + visitor.id()).body()).doesNotContain(code);
        assertThat(jdbc.sql("SELECT code_hash FROM access.enrolment_code WHERE user_id = ?").param(visitor.id())
                .query(String.class).single()).isNotEqualTo(code).doesNotContain(code);
        assertThat(api(user(organisation("WELFARE"), "VISITOR").username())
                .post("/api/v1/users/" + visitor.id() + "/enrolment-code", Map.of()).status()).isEqualTo(403);

        policy.enforce(true);
        var browser = new PageClient(port);
        browser.login(visitor.username(), PASSWORD);
        later((int) EnrolmentCodes.VALID_FOR.toSeconds() + 60);
        String secret = secretOn(browser.get("/login/enrol").body());
        assertThat(browser.postForm("/login/enrol", Map.of("code", code(secret), "enrolmentCode", code)).body())
                .as("expired").contains("De inschrijfcode klopt niet");

        policy.enforce(false); // the administrator here has no second factor; the pending login waits
        var fresh = admin().post("/api/v1/users/" + visitor.id() + "/enrolment-code", Map.of());
        policy.enforce(true);
        assertThat(fresh.status()).isEqualTo(201);
        String second = fresh.json().get("code").asString();
        assertThat(browser.postForm("/login/enrol", Map.of("code", code(secret), "enrolmentCode", second.toLowerCase()))
                .location()).endsWith("/");
        assertThat(jdbc.sql("SELECT count(*) FROM access.enrolment_code WHERE user_id = ?").param(visitor.id())
                .query(Long.class).single()).as("used up").isZero();
    }

    private static String secretOn(String page) {
        var m = SECRET.matcher(page);
        assertThat(m.find()).as("the enrolment page shows the secret").isTrue();
        return m.group(1);
    }

    private ApiClient.Response token(String username, String totp) {
        return anonymousApi().post("/api/v1/auth/token", Map.of("username", username, "password", PASSWORD, "totp", totp));
    }

    private void later(int seconds) {
        now = now.plusSeconds(seconds);
        TestClock.set(now);
    }

    private String code(String secret) {
        return codeAt(secret, 0);
    }

    private String codeAt(String secret, int stepsLater) {
        try {
            return new DefaultCodeGenerator().generate(secret, now.toEpochSecond() / 30 + stepsLater);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
