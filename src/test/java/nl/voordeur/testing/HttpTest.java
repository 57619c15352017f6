package nl.voordeur.testing;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Base of the tests that talk HTTP to a running application. All of them share one
 * application context and one embedded PostgreSQL; each test makes its own data with
 * unique names, so tests do not depend on each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.springframework.context.annotation.Import(TestClock.Config.class)
public abstract class HttpTest {

    public static final String DEMO_PASSWORD = "demo-voordeur-2026";
    public static final String PASSWORD = "a long test passphrase 2026";

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient anonymousApi() {
        return ApiClient.anonymous(port);
    }

    public ApiClient api(String username) {
        return ApiClient.login(port, username, username.contains("-") ? PASSWORD : DEMO_PASSWORD);
    }

    protected ApiClient admin() {
        return api("admin");
    }

    protected PageClient pages(String username) {
        return PageClient.loggedIn(port, username, username.contains("-") ? PASSWORD : DEMO_PASSWORD);
    }

    /** A fresh organisation; returns its id. */
    public UUID organisation(String kind) {
        var response = admin().post("/api/v1/organisations",
                Map.of("name", "Org-" + UUID.randomUUID(), "kind", kind));
        return UUID.fromString(response.json().get("id").asString());
    }

    /** A fresh user with these global roles; its username contains a dash, its password is {@link #PASSWORD}. */
    public TestUser user(UUID organisationId, String... roles) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 12);
        var response = admin().post("/api/v1/users", Map.of("username", username, "password", PASSWORD,
                "displayName", "Test " + username, "organisationId", organisationId, "roles", List.of(roles)));
        if (response.status() != 201) throw new AssertionError(response.body());
        return new TestUser(UUID.fromString(response.json().get("id").asString()), username);
    }

    public record TestUser(UUID id, String username) {
    }

    /** A programme body as POST /api/v1/programmes takes it, with Annawijk's figures. */
    public static Map<String, Object> programmeBody(String name) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("name", name);
        body.put("municipality", "Helmond");
        body.put("neighbourhood", "Annawijk");
        body.put("startDate", "2018-05-01");
        body.put("endDate", "2019-12-31");
        body.put("budgetEuros", 64395);
        body.put("plannedVisits", 160);
        body.put("targetParticipationPct", 70);
        body.put("targetTrajectoryPct", 50);
        body.put("areaDescription", "Engelseweg, Spoorstraat, Churchillaan, Zandstraat, Hoogeindsestraat");
        return body;
    }

    /**
     * The case manager takes a household that has none yet, as on the page of households without
     * a case manager; only then may they open its file.
     */
    public static void takes(ApiClient caseManager, UUID caseManagerId, Object householdId) {
        var taken = caseManager.post("/api/v1/households/" + householdId + "/case-manager", Map.of("userId", caseManagerId));
        if (taken.status() != 200) throw new AssertionError("taking household " + householdId + ": " + taken.status() + " " + taken.body());
    }

    protected long auditCount(String action, String recordType, String recordId) {
        return jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE action = ? AND record_type = ? AND record_id = ?")
                .params(action, recordType, recordId).query(Long.class).single();
    }
}
