package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

class AnonymousAccessTests extends HttpTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/users", "/admin/organisations", "/admin/users/new", "/audit",
            "/api/docs", "/api/docs-ui", "/anything/else"})
    void anonymousPageRequestsAreSentToTheLoginPage(String path) {
        var page = new PageClient(port).get(path);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/users", "/api/v1/organisations", "/api/v1/audit", "/api/v1/users/me",
            "/api/v1/unknown"})
    void anonymousApiRequestsGet401WithProblemDetails(String path) {
        var response = anonymousApi().get(path);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
    }

    @Test
    void anonymousPostToTheApiIsRefusedToo() {
        var response = anonymousApi().post("/api/v1/organisations", Map.of("name", "X", "kind", "OTHER"));
        assertThat(response.status()).isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/css/voordeur.css", "/js/voordeur.js", "/webjars/htmx.org/dist/htmx.min.js",
            "/img/favicon.svg", "/actuator/health"})
    void loginHealthAndStaticAssetsAreOpen(String path) {
        assertThat(new PageClient(port).get(path).status()).isEqualTo(200);
    }

    @Test
    void healthShowsNoDetailsToAnonymousCallers() {
        var body = new PageClient(port).get("/actuator/health").body();
        assertThat(body).contains("\"status\":\"UP\"").doesNotContain("components").doesNotContain("details");
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        var page = new PageClient(port).get("/login");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'").contains("object-src 'none'").contains("base-uri 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Cache-Control")).contains("no-store");
    }
}
