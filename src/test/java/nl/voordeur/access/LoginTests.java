package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class LoginTests extends HttpTest {

    @Test
    void passwordsAndTokensNeverReachTheLog(org.springframework.boot.test.system.CapturedOutput output) {
        String canary = "canary-password-" + UUID.randomUUID();
        anonymousApi().post("/api/v1/auth/token", Map.of("username", "admin", "password", canary));
        var token = api("admin").token();
        api("admin").get("/api/v1/users/me");
        new PageClient(port).login("coordinator", canary);
        assertThat(output.getAll()).doesNotContain(canary).doesNotContain(token).doesNotContain(DEMO_PASSWORD + "\"");
    }

    @Test
    void tokenGrantsApiAccessAndIsStoredOnlyAsAHash() {
        var login = anonymousApi().post("/api/v1/auth/token", Map.of("username", "admin", "password", DEMO_PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String token = login.json().get("token").asString();
        assertThat(login.json().get("expiresAt").asString()).isNotBlank();
        assertThat(jdbc.sql("SELECT count(*) FROM access.api_token WHERE token_hash = ?").param(token)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM access.api_token WHERE token_hash = ?")
                .param(ApiTokens.hash(token)).query(Long.class).single()).isOne();
    }

    @Test
    void anInvalidTokenIsRefused() {
        var response = anonymousApi();
        var forged = nl.voordeur.testing.ApiClient.anonymous(port);
        assertThat(forged.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(response.post("/api/v1/auth/token", Map.of("username", "admin", "password", "wrong password 123"))
                .status()).isEqualTo(401);
    }

    @Test
    void fiveWrongPasswordsBlockFurtherTriesForThatUserEvenWithTheRightPassword() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var api = anonymousApi();
        for (int i = 0; i < 5; i++) {
            assertThat(api.post("/api/v1/auth/token", Map.of("username", user.username(), "password", "not the password " + i))
                    .status()).isEqualTo(401);
        }
        var blocked = api.post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD));
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.body()).doesNotContain(user.username());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'LOGIN_FAILED' AND record_id = ?")
                .param(user.id().toString()).query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void unknownAndKnownAccountsGetTheSameAnswerWhenThrottled() {
        var known = user(organisation("WELFARE"), "VISITOR");
        String unknown = "nobody-" + UUID.randomUUID();
        var api = anonymousApi();
        for (int i = 0; i < 5; i++) {
            api.post("/api/v1/auth/token", Map.of("username", known.username(), "password", "wrong password " + i));
            api.post("/api/v1/auth/token", Map.of("username", unknown, "password", "wrong password " + i));
        }
        var a = api.post("/api/v1/auth/token", Map.of("username", known.username(), "password", "wrong password x"));
        var b = api.post("/api/v1/auth/token", Map.of("username", unknown, "password", "wrong password x"));
        assertThat(a.status()).isEqualTo(b.status()).isEqualTo(429);
        assertThat(a.body()).isEqualTo(b.body());
    }

    @Test
    void pageLoginIsThrottledToo() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var browser = new PageClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(browser.login(user.username(), "wrong password " + i).location()).endsWith("/login?error");
        }
        assertThat(browser.login(user.username(), PASSWORD).location()).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("Te veel mislukte pogingen");
    }

    @Test
    void loginIssuesANewSessionIdAndLogoutEndsIt() {
        var browser = new PageClient(port);
        browser.get("/login");
        var login = browser.login("coordinator", DEMO_PASSWORD);
        assertThat(login.location()).endsWith("/");
        assertThat(browser.get("/").status()).isEqualTo(200);
        var logout = browser.postForm("/logout", Map.of());
        assertThat(logout.location()).endsWith("/login?logout");
        assertThat(browser.get("/").status()).isEqualTo(302);
    }

    @Test
    void formsWithoutCsrfTokenAreRefused() {
        var browser = pages("admin");
        var page = browser.postForm("/admin/organisations", Map.of("name", "Zonder token", "kind", "OTHER", "_csrf", "forged"));
        assertThat(page.status()).isEqualTo(403);
    }
}
