package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import nl.voordeur.support.HttpTest;
import nl.voordeur.support.PageClient;

/**
 * Headers and session cookie (security.md test 10) on plain-http localhost. HSTS and the
 * {@code Secure} flag need HTTPS: TwoInstancesTests shows them behind a TLS-terminating load
 * balancer; the prod profile also names the cookie {@code __Host-VOORDEUR}.
 */
class SecurityHeadersTests extends HttpTest {

    @Test
    void pagesCarryTheSecurityHeadersAndAnHttpOnlySameSiteSessionCookie() {
        var login = new PageClient(port).get("/login");

        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'")
                .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("X-Frame-Options")).isEqualTo("DENY");
        List<String> cookies = login.headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie")).flatMap(e -> e.getValue().stream()).toList();
        assertThat(cookies).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=")
                .contains("HttpOnly").contains("SameSite=Lax").contains("Path=/"));
    }

    @Test
    void authenticatedPagesAndApiAnswersAreNotStored() {
        var start = pages("coordinator").get("/");
        assertThat(start.status()).isEqualTo(200);
        assertThat(start.header("Cache-Control")).contains("no-store");

        var me = api("coordinator").get("/api/v1/users/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Cache-Control")).contains("no-store");
        assertThat(me.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(me.header("Content-Security-Policy")).contains("default-src 'self'");
    }
}
