package nl.voordeur.apifuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The API walk bites: against a small fixture server whose description promises more than it
 * keeps, each kind of broken promise is reported, and the operation that keeps its promises is not.
 */
class ApiFuzzerTest {

    private static final String KNOWN = "3f8e2a1c-0000-4000-8000-000000000001";
    private static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}";

    private HttpServer server;

    @BeforeEach
    void startFixture() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/api/v1/things", this::things);
        server.createContext("/api/v1/broken", e -> answer(e, 200, "application/json", "{\"items\":\"not a list\",\"total\":1}"));
        server.createContext("/api/v1/plain", e -> answer(e, 404, "text/html", "<h1>gone</h1>"));
        server.start();
    }

    @AfterEach
    void stopFixture() {
        server.stop(0);
    }

    private void things(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (exchange.getRequestMethod().equals("POST")) {
            answer(exchange, 418, "application/problem+json", "{\"title\":\"teapot\",\"status\":418}");
        } else if (path.equals("/api/v1/things")) {
            answer(exchange, 200, "application/json", "{\"items\":[{\"id\":\"" + KNOWN + "\"}],\"total\":1}");
        } else if (path.endsWith(KNOWN)) {
            answer(exchange, 500, "text/plain", "NullPointerException");
        } else {
            answer(exchange, 404, "application/problem+json", PROBLEM);
        }
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        exchange.getRequestBody().readAllBytes();
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void aServerErrorAnUndocumentedStatusABrokenSchemaAndAPlainErrorAreEachFound() {
        var fuzzer = new ApiFuzzer("http://localhost:" + server.getAddress().getPort(), SPEC,
                Map.of("someone", "token"), 42, Set.of());
        var result = fuzzer.run(Duration.ofSeconds(2));
        List<String> found = result.findings().stream().map(f -> f.operation() + " " + f.status() + " " + f.problem()).toList();

        assertThat(found).anyMatch(f -> f.startsWith("GET /api/v1/things/{id} 500 server error"));
        assertThat(found).anyMatch(f -> f.startsWith("POST /api/v1/things 418 validation.response.status.unknown"));
        assertThat(found).anyMatch(f -> f.startsWith("GET /api/v1/broken 200 validation.response.body.schema"));
        assertThat(found).anyMatch(f -> f.startsWith("GET /api/v1/plain 404 error without problem details"));
        assertThat(found).noneMatch(f -> f.startsWith("GET /api/v1/things 200"));
        assertThat(result.pairsCovered()).contains("GET /api/v1/things as someone", "POST /api/v1/things as someone");
    }

    private static final String SPEC = """
            {"openapi":"3.0.1","info":{"title":"fixture","version":"1"},
             "paths":{
              "/api/v1/things":{
                "get":{"operationId":"listThings","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}},
                "post":{"operationId":"createThing","requestBody":{"content":{"application/json":{"schema":{"type":"object","required":["name"],"properties":{"name":{"type":"string","maxLength":20}}}}}},
                        "responses":{"201":{"description":"created"},"400":{"$ref":"#/components/responses/Problem"}}}},
              "/api/v1/things/{id}":{
                "get":{"operationId":"getThing","parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string","format":"uuid"}}],
                       "responses":{"200":{"description":"ok"},"404":{"$ref":"#/components/responses/Problem"},"500":{"$ref":"#/components/responses/Problem"}}}},
              "/api/v1/broken":{
                "get":{"operationId":"broken","responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Page"}}}}}}},
              "/api/v1/plain":{
                "get":{"operationId":"plain","responses":{"404":{"$ref":"#/components/responses/Problem"}}}}},
             "components":{
              "responses":{"Problem":{"description":"problem","content":{"application/problem+json":{"schema":{"type":"object"}}}}},
              "schemas":{"Page":{"type":"object","required":["items","total"],"properties":{
                 "items":{"type":"array","items":{"type":"object","properties":{"id":{"type":"string","format":"uuid"}}}},
                 "total":{"type":"integer"}}}}}}
            """;
}
