package nl.voordeur.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;
import static nl.voordeur.bench.gatling.Steps.get;
import static nl.voordeur.bench.gatling.Steps.think;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;

/**
 * A coordinator following the programmes (the five demo programmes with their outreach and the
 * bench programmes filling up during the run): logs in through the login form (pages use a
 * session and CSRF), then opens the programme report through the API, the dashboard page, the
 * outreach figures, the overdue referrals and the start page.
 */
final class Coordinators {

    /** A page answered with the login form means the session was lost: a failure, though its status is 200. */
    private static final CheckBuilder NOT_LOGIN = substring("name=\"password\"").notExists();

    private Coordinators() {
    }

    static ScenarioBuilder day(BenchWorld world, Duration length) {
        List<String> programmes = world.allProgrammes;
        return scenario("Coordinator").feed(listFeeder(world.coordinators).queue())
                .exec(think(0, 20))
                .exec(http("login page").get("/login").check(status().is(200), css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(think(1, 3), http("log in (form)").post("/login").formParam("username", "#{username}")
                        .formParam("password", "#{password}").formParam("_csrf", "#{csrf}").check(status().is(200), NOT_LOGIN))
                .during(length).on(
                        think(3, 8),
                        exec(session -> session.set("programme", programmes.get(ThreadLocalRandom.current().nextInt(programmes.size())))),
                        randomSwitch().on(
                                percent(35).then(get("programme report (API)", "/api/v1/programmes/#{programme}/report")
                                        .check(status().is(200))),
                                percent(25).then(http("dashboard page").get("/programmes/#{programme}/dashboard")
                                        .check(status().is(200), NOT_LOGIN)),
                                percent(20).then(get("outreach figures", "/api/v1/programmes/#{programme}/outreach")
                                        .check(status().is(200))),
                                percent(10).then(get("overdue referrals", "/api/v1/programmes/#{programme}/referrals/overdue")
                                        .check(status().is(200))),
                                percent(10).then(http("start page").get("/").check(status().is(200), NOT_LOGIN))));
    }
}
