package nl.voordeur.apifuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.voordeur.packaged.PackagedApp;
import nl.voordeur.testing.ApiClient;

/**
 * The served OpenAPI description, walked by {@link ApiFuzzer} against the packaged jar with the
 * demo data: every operation as eight roles, valid and invalid input, for a bounded time
 * ({@code -Dvoordeur.fuzz.seconds}, 30 in {@code ./mvnw verify}; the seed is printed and can be
 * fixed with {@code -Dvoordeur.fuzz.seed}). No 5xx, only documented status codes, answers that fit
 * their schema, and problem details for every error.
 */
class PropertyBasedApiIT {

    private static final List<String> ROLES = List.of("admin", "coordinator", "visitor", "case_manager",
            "privacy_officer", "safety_officer", "partner", "council");

    @Test
    void everyOperationAsEveryRoleAnswersAsDocumentedWithoutAServerError() {
        PackagedApp app = PackagedApp.get();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) tokens.put(role, ApiClient.login(app.port(), role, "demo-voordeur-2026").token());
        var docs = ApiClient.bearer(app.port(), tokens.get("admin")).get("/api/docs");
        assertThat(docs.status()).as("the OpenAPI description, to a bearer token").isEqualTo(200);

        long seed = Long.getLong("voordeur.fuzz.seed", System.nanoTime());
        Duration budget = Duration.ofSeconds(Long.getLong("voordeur.fuzz.seconds", 30));
        System.out.println("API walk: seed " + seed + ", budget " + budget);
        ApiFuzzer fuzzer = new ApiFuzzer(app.baseUrl(), docs.body(), tokens, seed, Set.of())
                .reloginWith(role -> ApiClient.login(app.port(), role, "demo-voordeur-2026").token());
        ApiFuzzer.Result result = fuzzer.run(budget);
        System.out.println("API walk: " + result.requests() + " requests over " + result.operations().size()
                + " operations, statuses " + result.statusCounts() + ", " + fuzzer.relogins() + " logins again");

        assertThat(result.operations()).hasSizeGreaterThan(80);
        for (String operation : result.operations()) {
            for (String role : ROLES) assertThat(result.pairsCovered()).contains(operation + " as " + role);
        }
        assertThat(result.findings()).as("seed " + seed + ": answers that break the API's promises").isEmpty();
    }
}
