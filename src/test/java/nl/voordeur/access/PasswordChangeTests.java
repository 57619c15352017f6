package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Issue 16 item 12: users change their own password (page and API), the policy refuses context
 * words, and an administrator can require a change that comes before anything else.
 */
class PasswordChangeTests extends HttpTest {

    static final String NEW_PASSWORD = "een nieuwe zin voor het werk";

    @Test
    void aUserChangesTheirOwnPasswordOnTheAccountPageAndTheirOtherSessionsAndTokensEnd() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var browser = pages(user.username());
        var phone = pages(user.username());
        var token = api(user.username());
        assertThat(browser.get("/account").body()).contains("/account/password");

        browser.get("/account/password");
        var wrong = browser.postForm("/account/password", Map.of("currentPassword", "not my password 2026",
                "newPassword", NEW_PASSWORD));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("Het huidige wachtwoord klopt niet");

        var changed = browser.postForm("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD));
        assertThat(changed.location()).endsWith("/account");
        assertThat(browser.get("/account").body()).contains("Uw wachtwoord is gewijzigd");
        assertThat(phone.get("/").location()).endsWith("/login");
        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(new PageClient(port).login(user.username(), PASSWORD).location()).endsWith("/login?error");
        assertThat(PageClient.loggedIn(port, user.username(), NEW_PASSWORD).get("/").status()).isEqualTo(200);
    }

    @Test
    void aUserChangesTheirOwnPasswordThroughTheApi() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var token = api(user.username());

        var refused = token.put("/api/v1/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", "kort"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("newPassword");
        assertThat(token.put("/api/v1/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .status()).isEqualTo(204);

        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(ApiClient.login(port, user.username(), NEW_PASSWORD).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(auditCount("UPDATE", "UserAccount", user.id().toString())).isOne();
    }

    @Test
    void aNewPasswordWithTheProductNameAMunicipalityOrTheUsernameIsRefused() {
        var org = organisation("WELFARE");
        var coordinator = api(user(org, "COORDINATOR").username());
        var programme = programmeBody("Wachtwoord " + UUID.randomUUID());
        programme.put("municipality", "Gemert-Bakel");
        assertThat(coordinator.post("/api/v1/programmes", programme).status()).isEqualTo(201);
        var user = user(org, "VISITOR");
        var token = api(user.username());

        for (String password : new String[] {"ons eigen voordeur wachtwoord", "wonen in gemert-bakel 2026",
                "mijn naam is " + user.username()}) {
            var refused = token.put("/api/v1/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", password));
            assertThat(refused.status()).as(password).isEqualTo(422);
            assertThat(refused.body()).contains("newPassword");
        }
        var created = admin().post("/api/v1/users", Map.of("username", "u-" + UUID.randomUUID().toString().substring(0, 12),
                "password", "Voordeur voor iedereen!", "displayName", "Nieuw", "organisationId", org));
        assertThat(created.status()).isEqualTo(422);
    }

    @Test
    void anAdministratorRequiresAPasswordChangeThatComesBeforeAnythingElse() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var open = pages(user.username());
        var admin = pages("admin");
        admin.get("/admin/users/" + user.id());
        assertThat(admin.postForm("/admin/users/" + user.id() + "/password-change", Map.of()).status()).isEqualTo(302);

        assertThat(open.get("/").location()).endsWith("/account/password");
        var browser = new PageClient(port);
        assertThat(browser.login(user.username(), PASSWORD).location()).endsWith("/");
        assertThat(browser.get("/").location()).endsWith("/account/password");
        assertThat(browser.get("/programmes").location()).endsWith("/account/password");
        assertThat(browser.get("/account/password").body()).contains("De beheerder vraagt u een nieuw wachtwoord te kiezen");

        var token = api(user.username());
        var blocked = token.get("/api/v1/programmes");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.header("Content-Type")).contains("application/problem+json");

        browser.get("/account/password");
        assertThat(browser.postForm("/account/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .location()).endsWith("/account");
        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void anAdministratorRequiresAPasswordChangeThroughTheApi() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var token = api(user.username());
        assertThat(api(user(organisation("WELFARE"), "VISITOR").username())
                .post("/api/v1/users/" + user.id() + "/password-change", Map.of()).status()).isEqualTo(403);
        assertThat(admin().post("/api/v1/users/" + user.id() + "/password-change", Map.of()).status()).isEqualTo(204);

        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        var fresh = api(user.username());
        assertThat(fresh.get("/api/v1/programmes").status()).isEqualTo(403);
        assertThat(fresh.put("/api/v1/users/me/password", Map.of("currentPassword", PASSWORD, "newPassword", NEW_PASSWORD))
                .status()).isEqualTo(204);
        assertThat(ApiClient.login(port, user.username(), NEW_PASSWORD).get("/api/v1/programmes").status()).isEqualTo(200);
    }
}
