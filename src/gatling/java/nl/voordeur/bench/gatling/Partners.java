package nl.voordeur.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIfEquals;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.status;
import static nl.voordeur.bench.gatling.Steps.get;
import static nl.voordeur.bench.gatling.Steps.post;
import static nl.voordeur.bench.gatling.Steps.think;

import java.time.Duration;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import tools.jackson.databind.JsonNode;

/**
 * A partner organisation's employee working their inbox: accept a new referral, or report an
 * accepted one as completed. Each partner organisation has one bench employee.
 */
final class Partners {

    private Partners() {
    }

    static ScenarioBuilder day(BenchWorld world, Duration length) {
        return scenario("Partner").feed(listFeeder(world.partners).queue())
                .exec(think(0, 20))
                .during(length).on(
                        think(3, 6),
                        get("open partner inbox", "/api/v1/referrals").check(status().is(200), bodyString().saveAs("inbox")),
                        exec(Partners::pick),
                        doIfEquals("#{answer}", "accept").then(think(1, 3),
                                post("accept referral", "/api/v1/referrals/#{referralId}/accept", "{}").check(status().is(200))),
                        doIfEquals("#{answer}", "complete").then(think(1, 3),
                                post("complete referral", "/api/v1/referrals/#{referralId}/complete", "{\"successful\":true}")
                                        .check(status().is(200))));
    }

    /** A new referral first; otherwise an accepted one to complete; otherwise nothing to do. */
    private static Session pick(Session session) {
        JsonNode items = Api.JSON.readTree(session.getString("inbox")).get("items");
        String accepted = null;
        for (JsonNode item : items) {
            String status = item.get("status").asString();
            if (status.equals("SENT")) return session.set("answer", "accept").set("referralId", item.get("id").asString());
            if (status.equals("ACCEPTED") && accepted == null) accepted = item.get("id").asString();
        }
        return accepted == null ? session.set("answer", "none") : session.set("answer", "complete").set("referralId", accepted);
    }
}
