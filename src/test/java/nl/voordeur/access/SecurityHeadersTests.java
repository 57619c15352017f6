package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * Headers and session cookie (security.md test 10) on plain-http localhost. HSTS and the
 * {@code Secure} flag need HTTPS: a request forwarded by a TLS-terminating proxy gets them in every
 * profile (issue 16 item 17); the prod profile also names the cookie {@code __Host-VOORDEUR}.
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

    /** Issue 16 item 17: not only in the prod profile. */
    @Test
    void theSessionCookieIsSecureWheneverTheRequestArrivedOverHttps() throws Exception {
        var viaProxy = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(viaProxy.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").contains("Secure").contains("HttpOnly"));
        assertThat(viaProxy.headers().firstValue("Strict-Transport-Security")).isPresent();

        List<String> plain = new PageClient(port).get("/login").headers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("Set-Cookie")).flatMap(e -> e.getValue().stream()).toList();
        assertThat(plain).anySatisfy(cookie -> assertThat(cookie).startsWith("SESSION=").doesNotContain("Secure"));
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
