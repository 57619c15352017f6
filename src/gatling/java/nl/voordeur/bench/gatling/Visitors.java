package nl.voordeur.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.status;
import static nl.voordeur.bench.gatling.Steps.get;
import static nl.voordeur.bench.gatling.Steps.post;
import static nl.voordeur.bench.gatling.Steps.put;
import static nl.voordeur.bench.gatling.Steps.think;

import java.time.Duration;
import java.util.List;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;

/**
 * A home visitor's day on their own street: open the walk list, ring each door (a contact
 * attempt), and where someone opens the door, fill in the visit form (two draft saves as it is
 * typed), save the visit with the household's members, register the help questions heard and
 * look at the household once more. Addresses where nobody was home come back on the next round.
 */
final class Visitors {

    private Visitors() {
    }

    static ScenarioBuilder day(BenchWorld world, Duration length) {
        return scenario("Visitor").feed(listFeeder(world.visitors).queue())
                .exec(think(0, 20))
                .exec(walkList())
                .during(length).on(
                        think(1, 3),
                        doIf(Visitors::roundDone).then(walkList()),
                        exec(Visitors::nextDoor),
                        post("record contact attempt", "/api/v1/addresses/#{addressId}/contact-attempts", "#{attempt}")
                                .check(status().is(201)),
                        doIf("#{opened}").then(visit()));
    }

    private static ChainBuilder walkList() {
        return exec(get("open walk list", "/api/v1/programmes/#{programmeId}/walk-list")
                        .check(status().is(200), jsonPath("$.items[*].address.id").findAll().optional().saveAs("walk")))
                .exec(session -> session.set("door", 0));
    }

    private static ChainBuilder visit() {
        return exec(think(2, 4), put("save visit draft", "/api/v1/addresses/#{addressId}/visit-draft", "#{draft}"))
                .exec(think(2, 4), put("save visit draft", "/api/v1/addresses/#{addressId}/visit-draft", "#{draft}"))
                .exec(think(1, 3), post("record visit", "/api/v1/addresses/#{addressId}/visits", "#{visit}")
                        .check(status().is(201), jsonPath("$.householdId").saveAs("householdId"),
                                jsonPath("$.members[0].id").saveAs("personId")))
                .exec(repeat("#{questions}").on(think(1, 3),
                        exec(session -> session.set("question", VisitForms.question(session.getString("personId")))),
                        post("register help question", "/api/v1/households/#{householdId}/help-questions", "#{question}")
                                .check(status().is(201))))
                .exec(think(1, 2), get("open household", "/api/v1/households/#{householdId}").check(status().is(200)));
    }

    private static boolean roundDone(Session session) {
        List<Object> walk = session.contains("walk") ? session.getList("walk") : List.of();
        return session.getInt("door") >= walk.size();
    }

    /** The next door on the list, what happens there, and the form that would follow. */
    private static Session nextDoor(Session session) {
        List<Object> walk = session.contains("walk") ? session.getList("walk") : List.of();
        if (walk.isEmpty()) return session.markAsFailed();
        int door = session.getInt("door");
        VisitForms.Door at = VisitForms.door();
        return session.set("door", door + 1).set("addressId", walk.get(door % walk.size()).toString())
                .set("attempt", at.attempt()).set("opened", at.opened()).set("draft", at.draft())
                .set("visit", at.visit()).set("questions", at.questions());
    }
}
