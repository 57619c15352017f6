package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import nl.voordeur.VoordeurApplication;
import nl.voordeur.access.AccessHousekeeping;
import nl.voordeur.testing.ApiClient;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Scale-out (issue 8, acceptance 3): two application instances on one database, as behind a
 * load balancer without sticky sessions. A page session opened on one instance works on the
 * other, and a scheduled job that both trigger at the same moment runs once.
 * Both instances use this JVM's one embedded PostgreSQL (EmbeddedPostgresServer is shared).
 */
class TwoInstancesTests {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoInstances() {
        a = instance("instance-a");
        b = instance("instance-b");
    }

    @AfterAll
    static void stopBoth() {
        if (b != null) b.close();
        if (a != null) a.close();
    }

    private static ConfigurableApplicationContext instance(String name) {
        return new SpringApplicationBuilder(VoordeurApplication.class)
                .properties("server.port=0", "voordeur.instance-name=" + name,
                        // both sit behind a TLS-terminating load balancer, as in production
                        "server.forward-headers-strategy=native")
                .run();
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /**
     * Issue 16 item 1 and issue 21: each instance caches principals, and a role taken away on one
     * instance ends access on the next request on both, for an open page session and for a token.
     */
    @Test
    void aRevokedRoleEndsAccessOfAnOpenSessionAndATokenOnTheNextRequestOnEitherInstance() {
        var admin = ApiClient.login(port(a), "admin", HttpTest.DEMO_PASSWORD);
        String org = admin.post("/api/v1/organisations", Map.of("name", "Org-" + UUID.randomUUID(), "kind", "WELFARE"))
                .json().get("id").asString();
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        String userId = admin.post("/api/v1/users", Map.of("username", username, "password", HttpTest.PASSWORD,
                "displayName", "Test " + username, "organisationId", org)).json().get("id").asString();
        String programme = admin.post("/api/v1/programmes", HttpTest.programmeBody("Twee " + UUID.randomUUID()))
                .json().get("id").asString();
        admin.post("/api/v1/programmes/" + programme + "/members", Map.of("userId", userId, "roles", List.of("COORDINATOR")));
        String members = "/api/v1/programmes/" + programme + "/members";
        String page = "/programmes/" + programme;

        var session = PageClient.loggedIn(port(a), username, HttpTest.PASSWORD);
        var sessionOnB = PageClient.withCookie(port(b), "SESSION", session.cookie("SESSION"));
        var token = ApiClient.login(port(b), username, HttpTest.PASSWORD).token();
        for (int port : List.of(port(a), port(b))) { // both instances now hold the principal
            assertThat(ApiClient.bearer(port, token).get(members).status()).isEqualTo(200);
        }
        assertThat(session.get(page).status()).isEqualTo(200);
        assertThat(sessionOnB.get(page).status()).isEqualTo(200);

        assertThat(admin.delete(members + "/" + userId).status()).isIn(200, 204);

        assertThat(sessionOnB.get(page).status()).as("session, other instance").isIn(403, 404);
        assertThat(session.get(page).status()).as("session, this instance").isIn(403, 404);
        for (int port : List.of(port(a), port(b))) {
            assertThat(ApiClient.bearer(port, token).get(members).status()).as("token").isEqualTo(401);
        }
    }

    @Test
    void aSessionOpenedOnOneInstanceWorksOnTheOtherAndEndsOnBothAtLogout() {
        var onA = PageClient.loggedIn(port(a), "coordinator", HttpTest.DEMO_PASSWORD);
        String cookie = onA.cookie("SESSION");

        var onB = PageClient.withCookie(port(b), "SESSION", cookie);
        var start = onB.get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.body()).contains("Carla Coördinator");

        assertThat(onB.postForm("/logout", Map.of()).location()).endsWith("/login?logout");
        assertThat(PageClient.withCookie(port(a), "SESSION", cookie).get("/").location()).endsWith("/login");
    }

    @Test
    void aJobBothInstancesTriggerAtTheSameMomentRunsOnce() throws Exception {
        JdbcClient db = a.getBean(JdbcClient.class);
        UUID coordinator = db.sql("SELECT id FROM access.user_account WHERE username = 'coordinator'")
                .query(UUID.class).single();
        String expired = "expired-" + UUID.randomUUID();
        db.sql("INSERT INTO access.api_token (token_hash, user_id, issued_at, expires_at, security_stamp) VALUES (?, ?, ?, ?, 0)")
                .params(expired, coordinator, Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)),
                        Timestamp.from(Instant.now().minus(1, ChronoUnit.DAYS)))
                .update();
        String stale = "user:stale-" + UUID.randomUUID();
        String recent = "user:recent-" + UUID.randomUUID();
        db.sql("INSERT INTO access.login_throttle (key, failures, last_failure) VALUES (?, 3, ?), (?, 3, ?)")
                .params(stale, Timestamp.from(Instant.now().minus(2, ChronoUnit.DAYS)),
                        recent, Timestamp.from(Instant.now().minus(1, ChronoUnit.HOURS)))
                .update();
        long runsBefore = runs(db);

        var barrier = new CyclicBarrier(2);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Object>> both = List.of(a, b).stream().map(instance -> pool.submit(() -> {
                barrier.await();
                instance.getBean(AccessHousekeeping.class).run();
                return null;
            })).toList();
            for (Future<Object> trigger : both) trigger.get();
        }

        assertThat(runs(db) - runsBefore).isOne();
        assertThat(db.sql("SELECT instance FROM job_run WHERE job = ? ORDER BY id DESC LIMIT 1")
                .param(AccessHousekeeping.JOB).query(String.class).single()).isIn("instance-a", "instance-b");
        assertThat(db.sql("SELECT count(*) FROM access.api_token WHERE token_hash = ?").param(expired)
                .query(Long.class).single()).isZero();
        assertThat(db.sql("SELECT key FROM access.login_throttle WHERE key IN (?, ?)").params(stale, recent)
                .query(String.class).list()).containsExactly(recent);
        assertThat(db.sql("SELECT count(*) FROM shedlock WHERE name = ?").param(AccessHousekeeping.JOB)
                .query(Long.class).single()).isOne();
    }

    @Test
    void behindTheLoadBalancerResponsesCarryHstsAndTheSessionCookieIsSecure() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port(b) + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("SESSION=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
    }

    private static long runs(JdbcClient db) {
        return db.sql("SELECT count(*) FROM job_run WHERE job = ?").param(AccessHousekeeping.JOB)
                .query(Long.class).single();
    }
}
