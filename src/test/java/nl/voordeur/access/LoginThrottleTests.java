package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Issue 16 item 9: throttling counts failures per account and address together, so nobody can lock
 * the rightful user out by typing wrong passwords elsewhere. Only a clear attack, many failures from
 * many addresses, locks the account; the administrator is told and unlocks it, on the page or the API.
 */
class LoginThrottleTests extends HttpTest {

    @Test
    void aWrongPasswordEveryFewMinutesFromElsewhereDoesNotLockOutTheRightfulUser() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var elsewhere = anonymousApi().from(someAddress());
        for (int i = 0; i < 8; i++) {
            elsewhere.post("/api/v1/auth/token", Map.of("username", user.username(), "password", "not the password " + i));
        }
        assertThat(elsewhere.post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD))
                .status()).as("the address that failed waits").isEqualTo(429);

        var atHome = anonymousApi().from(someAddress());
        assertThat(atHome.post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD))
                .status()).isEqualTo(200);
        assertThat(new PageClient(port).login(user.username(), PASSWORD).location()).endsWith("/");
    }

    @Test
    void manyFailuresFromManyAddressesLockTheAccountUntilAnAdministratorUnlocksIt() {
        var user = user(organisation("WELFARE"), "VISITOR");
        attackFromTenAddresses(user.username());

        var rightful = anonymousApi().from(someAddress());
        var refused = rightful.post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD));
        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).doesNotContain(user.username());
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = 'UPDATE' AND record_id = ? AND details LIKE 'account locked%'")
                .param(user.id().toString()).query(Long.class).single()).isOne();

        var admin = pages("admin");
        assertThat(admin.get("/admin/users?page=0").body()).contains("vergrendeld na veel mislukte");
        assertThat(admin.get("/admin/users/" + user.id()).body()).contains("Ontgrendelen");
        assertThat(admin().get("/api/v1/users/" + user.id()).json().get("locked").asBoolean()).isTrue();

        assertThat(admin.postForm("/admin/users/" + user.id() + "/unlock", Map.of()).status()).isEqualTo(302);
        assertThat(rightful.post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD))
                .status()).isEqualTo(200);
        assertThat(auditCount("UPDATE", "UserAccount", user.id().toString())).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anAdministratorUnlocksALockedAccountThroughTheApi() {
        var user = user(organisation("WELFARE"), "VISITOR");
        attackFromTenAddresses(user.username());
        assertThat(new PageClient(port).login(user.username(), PASSWORD).location()).endsWith("/login?error");

        assertThat(api(user(organisation("WELFARE"), "VISITOR").username()).delete("/api/v1/users/" + user.id() + "/lock")
                .status()).isEqualTo(403);
        assertThat(admin().delete("/api/v1/users/" + user.id() + "/lock").status()).isEqualTo(204);

        assertThat(admin().get("/api/v1/users/" + user.id()).json().get("locked").asBoolean()).isFalse();
        assertThat(ApiClient.login(port, user.username(), PASSWORD).get("/api/v1/users/me").status()).isEqualTo(200);
    }

    @Test
    void aLockedUnknownNameGetsTheSameAnswerAsALockedAccount() {
        var known = user(organisation("WELFARE"), "VISITOR");
        String unknown = "nobody-" + java.util.UUID.randomUUID();
        attackFromTenAddresses(known.username());
        attackFromTenAddresses(unknown);
        var api = anonymousApi().from(someAddress());
        var a = api.post("/api/v1/auth/token", Map.of("username", known.username(), "password", PASSWORD));
        var b = api.post("/api/v1/auth/token", Map.of("username", unknown, "password", PASSWORD));
        assertThat(a.status()).isEqualTo(b.status()).isEqualTo(429);
        assertThat(a.body()).isEqualTo(b.body());
    }

    /** Five wrong passwords from each of ten addresses: the default limits of a clear attack (50 from 10). */
    private void attackFromTenAddresses(String username) {
        for (int a = 0; a < 10; a++) {
            var attacker = anonymousApi().from(someAddress());
            for (int i = 0; i < 5; i++) {
                attacker.post("/api/v1/auth/token", Map.of("username", username, "password", "guess " + a + "-" + i));
            }
        }
    }

    /** An address from a documentation range (RFC 5737), different for every call. */
    private static String someAddress() {
        var random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 200) + "." + random.nextInt(1, 255);
    }
}
