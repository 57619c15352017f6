package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Page sessions (security.md test 9): they live in the database (Spring Session JDBC), get a new
 * id at login, end at logout, at disable, after 30 idle minutes and 12 hours after they began;
 * an old cookie then leads to the login page.
 */
class SessionTests extends HttpTest {

    static final String COOKIE = "SESSION";

    @Test
    void loginIssuesANewSessionIdStoredInTheDatabaseWithThirtyIdleMinutes() {
        var browser = new PageClient(port);
        browser.get("/login");
        String before = browser.cookie(COOKIE);
        assertThat(before).isNotNull();
        assertThat(browser.login("coordinator", DEMO_PASSWORD).location()).endsWith("/");
        String after = browser.cookie(COOKIE);

        assertThat(after).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.sql("SELECT principal_name FROM spring_session WHERE session_id = ?")
                .param(sessionId(after)).query(String.class).single()).isEqualTo("coordinator");
        assertThat(jdbc.sql("SELECT max_inactive_interval FROM spring_session WHERE session_id = ?")
                .param(sessionId(after)).query(Integer.class).single()).isEqualTo(30 * 60);
        assertThat(PageClient.withCookie(port, COOKIE, before).get("/").location()).endsWith("/login");
        assertThat(PageClient.withCookie(port, COOKIE, after).get("/").status()).isEqualTo(200);
    }

    @Test
    void afterLogoutTheOldCookieLeadsToTheLoginPage() {
        var browser = pages("coordinator");
        String cookie = browser.cookie(COOKIE);
        assertThat(PageClient.withCookie(port, COOKIE, cookie).get("/").status()).isEqualTo(200);
        assertThat(browser.get("/").status()).isEqualTo(200);

        assertThat(browser.postForm("/logout", Map.of()).location()).endsWith("/login?logout");

        var replay = PageClient.withCookie(port, COOKIE, cookie).get("/");
        assertThat(replay.status()).isEqualTo(302);
        assertThat(replay.location()).endsWith("/login");
        assertThat(sessionRows(cookie)).isZero();
    }

    @Test
    void disablingAUserEndsAllTheirPageSessionsAndRevokesTheirTokens() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var phone = pages(user.username());
        var laptop = pages(user.username());
        var token = api(user.username());
        assertThat(phone.get("/").status()).isEqualTo(200);
        assertThat(laptop.get("/").status()).isEqualTo(200);
        assertThat(sessionsOf(user.username())).isEqualTo(2);

        var admin = pages("admin");
        admin.get("/admin/users/" + user.id());
        assertThat(admin.postForm("/admin/users/" + user.id() + "/enabled", Map.of("enabled", "false", "version", "0"))
                .status()).isEqualTo(302);

        assertThat(phone.get("/").location()).endsWith("/login");
        assertThat(laptop.get("/").location()).endsWith("/login");
        assertThat(token.get("/api/v1/users/me").status()).isEqualTo(401);
        assertThat(sessionsOf(user.username())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM access.api_token WHERE user_id = ?").param(user.id())
                .query(Long.class).single()).isZero();
        assertThat(admin.get("/admin/users/" + user.id()).status()).isEqualTo(200);
    }

    @Test
    void aSessionIdleForMoreThanThirtyMinutesHasExpired() {
        var browser = pages("coordinator");
        String cookie = browser.cookie(COOKIE);
        assertThat(browser.get("/").status()).isEqualTo(200);

        long thirtyOneMinutesAgo = System.currentTimeMillis() - 31 * 60 * 1000L;
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
                .params(thirtyOneMinutesAgo, thirtyOneMinutesAgo + 30 * 60 * 1000L, sessionId(cookie)).update();

        assertThat(browser.get("/").location()).endsWith("/login");
    }

    @Test
    void aSessionUsedWithinThirtyMinutesStaysValid() {
        var browser = pages("coordinator");
        String cookie = browser.cookie(COOKIE);
        long twentyNineMinutesAgo = System.currentTimeMillis() - 29 * 60 * 1000L;
        jdbc.sql("UPDATE spring_session SET last_access_time = ?, expiry_time = ? WHERE session_id = ?")
                .params(twentyNineMinutesAgo, twentyNineMinutesAgo + 30 * 60 * 1000L, sessionId(cookie)).update();

        assertThat(browser.get("/").status()).isEqualTo(200);
    }

    @Test
    void aSessionOlderThanTwelveHoursEndsHoweverActiveItIs() {
        var browser = pages("coordinator");
        String cookie = browser.cookie(COOKIE);
        long thirteenHoursAgo = System.currentTimeMillis() - 13 * 60 * 60 * 1000L;
        jdbc.sql("UPDATE spring_session SET creation_time = ? WHERE session_id = ?")
                .params(thirteenHoursAgo, sessionId(cookie)).update();

        assertThat(browser.get("/").location()).endsWith("/login");
        assertThat(sessionRows(cookie)).isZero();
    }

    /** Spring Session sends the id Base64-encoded in the cookie. */
    static String sessionId(String cookieValue) {
        return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
    }

    private long sessionRows(String cookie) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE session_id = ?").param(sessionId(cookie))
                .query(Long.class).single();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username)
                .query(Long.class).single();
    }
}
