package nl.voordeur.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A caller of the JSON API, with or without a bearer token. */
public final class ApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the client accepts unless told otherwise: JSON first, and a download (PDF, Excel) as it comes. */
    static final String ACCEPT = "application/json, */*;q=0.1";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String baseUrl;
    private final String token;
    private final String accept;
    private final String forwardedFor;

    private ApiClient(String baseUrl, String token, String accept) {
        this(baseUrl, token, accept, null);
    }

    private ApiClient(String baseUrl, String token, String accept, String forwardedFor) {
        this.baseUrl = baseUrl;
        this.token = token;
        this.accept = accept;
        this.forwardedFor = forwardedFor;
    }

    /**
     * The same caller seen at another client address: as a TLS-terminating proxy on the local network
     * forwards it (X-Forwarded-For), which the application honours from such proxies only.
     */
    public ApiClient from(String address) {
        return new ApiClient(baseUrl, token, accept, address);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null, ACCEPT);
    }

    /** The same caller sending this Accept header instead. */
    public ApiClient accepting(String mediaTypes) {
        return new ApiClient(baseUrl, token, mediaTypes);
    }

    /** Logs in through POST /api/v1/auth/token and fails the test when that does not work. */
    public static ApiClient login(int port, String username, String password) {
        ApiClient anonymous = anonymous(port);
        Response response = anonymous.post("/api/v1/auth/token", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + response.status() + " " + response.body());
        }
        return new ApiClient(anonymous.baseUrl, response.json().get("token").asString(), ACCEPT);
    }

    /** A caller holding a token obtained elsewhere (for example with a TOTP code). */
    public static ApiClient bearer(int port, String token) {
        return new ApiClient("http://localhost:" + port, token, ACCEPT);
    }

    public String token() {
        return token;
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response postRaw(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** POSTs JSON and returns the raw answer, for binary downloads such as PDFs. */
    public HttpResponse<byte[]> postForBytes(String path, Object body) {
        try {
            return http.send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs the raw answer, for binary downloads such as PDFs. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(request(path).setHeader("Accept", "*/*").build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends a request with any method, with a JSON body unless the body is null. */
    public Response send(String method, String path, Object body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
        return send(request(path).header("Content-Type", "application/json").method(method, publisher));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", accept);
        if (token != null) builder.header("Authorization", "Bearer " + token);
        if (forwardedFor != null) builder.header("X-Forwarded-For", forwardedFor);
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body, Map<String, java.util.List<String>> headers) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }
}
