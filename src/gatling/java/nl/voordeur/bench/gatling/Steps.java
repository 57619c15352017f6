package nl.voordeur.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** What every role's day shares: think time, bearer-token requests and JSON bodies. */
final class Steps {

    private static double pauseFactor = 1;

    private Steps() {
    }

    static void pauseFactor(double factor) {
        pauseFactor = factor;
    }

    /** A person reading, typing or walking between two requests: a uniform pause, scaled by gatling.pauseFactor. */
    static ChainBuilder think(double minSeconds, double maxSeconds) {
        long min = Math.round(minSeconds * 1000 * pauseFactor);
        long max = Math.round(maxSeconds * 1000 * pauseFactor);
        return max <= 0 ? pause(Duration.ZERO) : pause(Duration.ofMillis(min), Duration.ofMillis(Math.max(min, max)));
    }

    static HttpRequestActionBuilder get(String name, String path) {
        return http(name).get(path).header("Authorization", "Bearer #{token}");
    }

    static HttpRequestActionBuilder post(String name, String path, String bodyExpression) {
        return http(name).post(path).header("Authorization", "Bearer #{token}")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(bodyExpression)).asJson();
    }

    static HttpRequestActionBuilder put(String name, String path, String bodyExpression) {
        return http(name).put(path).header("Authorization", "Bearer #{token}")
                .body(io.gatling.javaapi.core.CoreDsl.StringBody(bodyExpression)).asJson();
    }

    static String json(Map<String, ?> value) {
        return Api.JSON.writeValueAsString(value);
    }

    /** The app's clock is UTC: a date from another zone could lie in its future. */
    static String today() {
        return LocalDate.now(ZoneOffset.UTC).toString();
    }
}
