package nl.voordeur.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfEquals;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.status;
import static nl.voordeur.bench.gatling.Steps.get;
import static nl.voordeur.bench.gatling.Steps.post;
import static nl.voordeur.bench.gatling.Steps.think;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import tools.jackson.databind.JsonNode;

/**
 * A case manager triaging the new help questions of their programme: open the queue, open the
 * household's file, give the question an owner (and with nothing waiting, take a household
 * without a case manager from the programme's list); for a referral, record the resident's consent
 * for the partner and send it; a question the case manager takes up themselves is closed later
 * in the day. Case managers of one programme split the households between them (by slot), as a
 * team divides its neighbourhood, so two of them never race for the same household.
 */
final class CaseManagers {

    private CaseManagers() {
    }

    static ScenarioBuilder day(BenchWorld world, Duration length) {
        return scenario("Case manager").feed(listFeeder(world.caseManagers).queue())
                .exec(think(0, 20))
                .during(length).on(
                        think(2, 4),
                        get("open triage queue", "/api/v1/programmes/#{programmeId}/triage")
                                .check(status().is(200), bodyString().saveAs("queue")),
                        exec(session -> pick(session, world.partnerOrganisations)),
                        doIf("#{picked}").then(triage()),
                        doIf(session -> !session.getBoolean("picked")).then(takeHousehold()));
    }

    /** Nothing waiting in their own households: take one of the households without a case manager. */
    private static ChainBuilder takeHousehold() {
        return exec(think(1, 3), get("open households without case manager", "/api/v1/programmes/#{programmeId}/households/unassigned")
                        .check(status().is(200), bodyString().saveAs("free")))
                .exec(CaseManagers::pickFree)
                .doIf("#{taking}").then(
                        post("take household", "/api/v1/households/#{freeHousehold}/case-manager", "{\"userId\":\"#{userId}\"}")
                                .check(status().is(200)));
    }

    /** A free household in this case manager's slot, so two case managers never race for one. */
    private static Session pickFree(Session session) {
        JsonNode items = Api.JSON.readTree(session.getString("free")).get("items");
        int slot = session.getInt("slot");
        int slots = session.getInt("slots");
        for (JsonNode item : items) {
            String household = item.get("householdId").asString();
            if (Math.floorMod(household.hashCode(), slots) == slot) {
                return session.set("taking", true).set("freeHousehold", household);
            }
        }
        return session.set("taking", false);
    }

    private static ChainBuilder triage() {
        return exec(think(1, 3), get("open household file", "/api/v1/households/#{householdId}").check(status().is(200)))
                .exec(think(1, 3), post("triage help question", "/api/v1/help-questions/#{questionId}/triage", "#{triage}")
                        .check(status().is(200)))
                .exec(doIfEquals("#{handler}", "REFERRAL").then(
                        think(1, 3),
                        post("record consent", "/api/v1/persons/#{personId}/consents", "#{consent}").check(status().is(201)),
                        post("send referral", "/api/v1/help-questions/#{questionId}/referrals", "#{referral}")
                                .check(status().is(201))))
                .exec(doIfEquals("#{handler}", "CASE_MANAGER").then(
                        think(1, 3),
                        post("close help question", "/api/v1/help-questions/#{questionId}/close", "{\"outcome\":\"RESOLVED\"}")
                                .check(status().is(200))));
    }

    /** The most urgent question in one of this case manager's households, and what to do with it. */
    private static Session pick(Session session, List<String> partners) {
        JsonNode items = Api.JSON.readTree(session.getString("queue")).get("items");
        int slot = session.getInt("slot");
        int slots = session.getInt("slots");
        for (JsonNode item : items) {
            String household = item.get("householdId").asString();
            if (Math.floorMod(household.hashCode(), slots) != slot) continue;
            var random = ThreadLocalRandom.current();
            int roll = random.nextInt(10);
            String handler = roll < 6 ? "REFERRAL" : roll < 9 ? "CASE_MANAGER" : "BENEFITS_CHECKER";
            String partner = partners.get(random.nextInt(partners.size()));
            return session.set("picked", true).set("questionId", item.get("id").asString()).set("householdId", household)
                    .set("personId", item.get("personId").asString()).set("handler", handler)
                    .set("triage", Steps.json(Map.of("handler", handler, "reason", "Past bij de vraag van de bewoner")))
                    .set("consent", Steps.json(Map.of("organisationId", partner, "purpose", "REFERRAL", "given", true,
                            "method", "VERBAL", "date", Steps.today())))
                    .set("referral", Steps.json(Map.of("organisationId", partner, "priority", roll == 0,
                            "warmHandover", roll == 1, "note", "Graag contact opnemen")));
        }
        return session.set("picked", false);
    }
}
