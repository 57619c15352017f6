package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Issue 16 item 10: an API token can be revoked by its holder, and all of a user's tokens end when
 * they log out everywhere, when their roles change and when they enrol a second factor. Tokens are
 * bound to the account's security stamp (access V5, V6), the same mechanism for every case.
 */
class TokenRevocationTests extends HttpTest {

    @Test
    void deletingTheTokenRevokesItAtOnceAndLeavesTheUsersOtherTokens() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var laptop = api(user.username());
        var script = api(user.username());

        assertThat(laptop.delete("/api/v1/auth/token").status()).isEqualTo(204);

        assertThat(laptop.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(laptop.delete("/api/v1/auth/token").status()).isEqualTo(401);
        assertThat(script.get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(auditCount("LOGOUT", "UserAccount", user.id().toString())).isEqualTo(1);
    }

    @Test
    void loggingOutEverywhereOnTheAccountPageEndsEveryPageSessionAndEveryToken() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var phone = pages(user.username());
        var laptop = pages(user.username());
        var token = api(user.username());
        assertThat(laptop.get("/account").body()).contains("Overal uitloggen");

        var done = laptop.postForm("/account/logout-everywhere", Map.of());

        assertThat(done.location()).endsWith("/login?logout");
        assertThat(laptop.get("/").location()).endsWith("/login");
        assertThat(phone.get("/").location()).endsWith("/login");
        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(pages(user.username()).get("/").status()).isEqualTo(200);
    }

    @Test
    void loggingOutEverywhereThroughTheApiEndsEveryPageSessionAndEveryToken() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var browser = pages(user.username());
        var other = api(user.username());
        var caller = api(user.username());

        assertThat(caller.post("/api/v1/auth/logout-everywhere", Map.of()).status()).isEqualTo(204);

        assertThat(caller.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(other.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(browser.get("/").location()).endsWith("/login");
        assertThat(api(user.username()).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aRoleGrantedToAUserEndsTheTokensIssuedBefore() {
        var org = organisation("WELFARE");
        var coordinator = api(user(org, "COORDINATOR").username());
        String programme = coordinator.post("/api/v1/programmes", programmeBody("Tokens " + java.util.UUID.randomUUID()))
                .json().get("id").asString();
        var user = user(org);
        var token = api(user.username());
        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(200);

        assertThat(coordinator.post("/api/v1/programmes/" + programme + "/members",
                Map.of("userId", user.id(), "roles", List.of("VISITOR"))).status()).isEqualTo(201);

        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(api(user.username()).get("/api/v1/programmes/" + programme).status()).isEqualTo(200);
        // the coordinator's own token survived the role they gained by creating the programme
        assertThat(coordinator.get("/api/v1/programmes/" + programme).status()).isEqualTo(200);
    }

    @Test
    void aTokenIssuedBeforeTheAccountChangedIsRefusedEvenIfItsRowSurvived() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var token = api(user.username());
        jdbc.sql("UPDATE access.user_account SET security_stamp = security_stamp + 1 WHERE id = ?").param(user.id()).update();

        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(ApiClient.login(port, user.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(200);
        assertThat(new PageClient(port).login(user.username(), PASSWORD).location()).endsWith("/");
    }
}
