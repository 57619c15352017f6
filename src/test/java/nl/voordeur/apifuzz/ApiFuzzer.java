package nl.voordeur.apifuzz;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;

import net.jqwik.api.sessions.JqwikSession;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property-based walk over an API from its own OpenAPI description: every operation, as every
 * given caller, with generated valid and invalid input ({@link SchemaValues}). Each answer must
 * hold four properties, and every breach is a {@link Finding}:
 * <ol>
 *   <li>no 5xx;</li>
 *   <li>the status code is documented for the operation;</li>
 *   <li>the body fits the documented schema and media type (Atlassian's OpenAPI validator);</li>
 *   <li>an error (4xx) is RFC 9457 problem details.</li>
 * </ol>
 * Ids come from what the callers' own answers showed ({@link IdPool}), so requests reach real
 * records. The walk is bounded by a time budget; every operation and caller pair gets its first
 * tries before any gets more.
 */
public final class ApiFuzzer {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    public record Finding(String operation, String caller, String request, int status, String problem) {
        @Override
        public String toString() {
            return operation + " as " + caller + " → " + status + ": " + problem + "\n      request: " + request;
        }
    }

    public record Result(List<Finding> findings, int requests, Set<String> operations, Map<String, Integer> statusCounts,
                         Set<String> pairsCovered) {
    }

    record Operation(String method, String path, JsonNode spec) {
        String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final String baseUrl;
    private final JsonNode document;
    private final OpenApiInteractionValidator validator;
    private final Map<String, String> tokens;
    private final Random random;
    private final IdPool ids = new IdPool();
    private final SchemaValues values;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Set<String> skipped;
    private java.util.function.UnaryOperator<String> relogin;
    private int relogins;
    private final Set<String> lockedOut = new java.util.HashSet<>();

    /**
     * How to log a caller in again: some operations end the caller's own tokens on purpose (revoking
     * the token, logging out everywhere, a new password, a role change of a user who is also a
     * caller). The walk then continues with a fresh token instead of a stream of 401s.
     */
    public ApiFuzzer reloginWith(java.util.function.UnaryOperator<String> login) {
        this.relogin = login;
        return this;
    }

    /** How often a caller had to log in again during the walk. */
    public int relogins() {
        return relogins;
    }

    /**
     * @param tokens   caller name → bearer token
     * @param skipped  operations ("POST /api/v1/…") left out, e.g. ones that would end the callers' own sessions
     */
    public ApiFuzzer(String baseUrl, String openApiJson, Map<String, String> tokens, long seed, Set<String> skipped) {
        this.baseUrl = baseUrl;
        this.document = JSON.readTree(openApiJson);
        this.validator = OpenApiInteractionValidator.createForInlineApiSpecification(openApiJson).build();
        this.tokens = new LinkedHashMap<>(tokens);
        this.random = new Random(seed);
        this.values = new SchemaValues(document, ids, random);
        this.skipped = skipped;
    }

    public List<String> operations() {
        return operationList().stream().map(Operation::name).toList();
    }

    public Result run(Duration budget) {
        JqwikSession.start();
        try {
            return walk(budget);
        } finally {
            JqwikSession.finish();
        }
    }

    private Result walk(Duration budget) {
        Instant deadline = Instant.now().plus(budget);
        List<Operation> operations = operationList();
        List<Finding> findings = new ArrayList<>();
        Map<String, Integer> statusCounts = new LinkedHashMap<>();
        Set<String> covered = new LinkedHashSet<>();
        int requests = 0;
        crawl(operations);
        for (int round = 0; Instant.now().isBefore(deadline); round++) {
            for (Operation operation : operations) {
                for (String caller : tokens.keySet()) {
                    if (round > 0 && Instant.now().isAfter(deadline)) break;
                    boolean valid = round == 0 || random.nextInt(10) < 6;
                    Exchange exchange = send(operation, caller, valid);
                    requests++;
                    covered.add(operation.name() + " as " + caller);
                    statusCounts.merge(String.valueOf(exchange.status()), 1, Integer::sum);
                    findings.addAll(check(operation, caller, exchange));
                    if (exchange.status() < 300) harvest(operation, exchange);
                }
            }
        }
        return new Result(dedupe(findings), requests, new LinkedHashSet<>(operations()), statusCounts, covered);
    }

    /** GETs first, as every caller, so that the later tries know real ids. */
    private void crawl(List<Operation> operations) {
        for (int pass = 0; pass < 2; pass++) {
            for (Operation operation : operations) {
                if (!operation.method().equals("get")) continue;
                for (String caller : tokens.keySet()) {
                    Exchange exchange = send(operation, caller, true);
                    if (exchange.status() == 200) harvest(operation, exchange);
                }
            }
        }
    }

    private void harvest(Operation operation, Exchange exchange) {
        if (exchange.contentType() != null && exchange.contentType().contains("json") && !exchange.body().isBlank()) {
            try {
                ids.harvest(operation.path(), JSON.readTree(exchange.body()));
            } catch (RuntimeException e) {
                // not JSON after all: the checks report that
            }
        }
    }

    record Exchange(String method, String uri, String requestContentType, String requestBody, int status,
                    String contentType, String body) {
        String describe() {
            String shown = requestBody == null ? "" : " " + (requestBody.length() > 300 ? requestBody.substring(0, 300) + "…" : requestBody);
            return method + " " + uri + shown;
        }
    }

    private Exchange send(Operation operation, String caller, boolean valid) {
        Exchange exchange = sendOnce(operation, caller, valid);
        if (exchange.status() == 401 && relogin != null && tokens.get(caller) != null && !lockedOut.contains(caller)) {
            try {
                tokens.put(caller, relogin.apply(caller)); // an earlier call ended this caller's token
                relogins++;
                exchange = sendOnce(operation, caller, valid);
            } catch (RuntimeException | AssertionError e) {
                lockedOut.add(caller); // disabled or throttled by an earlier call: the walk goes on with its 401s
            }
        }
        return exchange;
    }

    private Exchange sendOnce(Operation operation, String caller, boolean valid) {
        JsonNode spec = operation.spec();
        // at most one part of an invalid request is broken, so the answer says which
        int broken = valid ? -1 : random.nextInt(4);
        String path = fillPath(operation, broken == 0);
        String query = query(spec, broken == 1);
        Body body = body(spec, broken == 2);
        String accept = broken == 3 && random.nextBoolean() ? "text/csv" : "application/json, */*;q=0.1";
        String contentType = broken == 3 && body.content() != null ? "text/plain" : body.contentType();
        String uri = baseUrl + path + (query.isEmpty() ? "" : "?" + query);
        HttpRequest.Builder request;
        try {
            request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30)).header("Accept", accept);
        } catch (IllegalArgumentException e) {
            request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).header("Accept", accept);
            uri = baseUrl + path;
        }
        String token = tokens.get(caller);
        if (token != null) request.header("Authorization", "Bearer " + token);
        if (body.content() != null) request.header("Content-Type", contentType);
        request.method(operation.method().toUpperCase(), body.content() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.content()));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Exchange(operation.method().toUpperCase(), uri.substring(baseUrl.length()), contentType, body.content(),
                    response.statusCode(), response.headers().firstValue("Content-Type").orElse(null), response.body());
        } catch (IOException e) {
            return new Exchange(operation.method().toUpperCase(), uri.substring(baseUrl.length()), contentType, body.content(),
                    599, null, "no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String fillPath(Operation operation, boolean broken) {
        Matcher m = PARAMETER.matcher(operation.path());
        List<String> names = new ArrayList<>();
        while (m.find()) names.add(m.group(1));
        int brokenIndex = broken && !names.isEmpty() ? random.nextInt(names.size()) : -1;
        StringBuilder out = new StringBuilder();
        m = PARAMETER.matcher(operation.path());
        int i = 0;
        while (m.find()) {
            String name = m.group(1);
            String value = i == brokenIndex ? values.parameter(parameterSchema(operation.spec(), name), name, false)
                    : ids.pickForPath(operation.path(), name, random);
            m.appendReplacement(out, Matcher.quoteReplacement(encodePath(value)));
            i++;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String encodePath(String value) {
        return value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private JsonNode parameterSchema(JsonNode spec, String name) {
        for (JsonNode p : spec.path("parameters")) {
            JsonNode parameter = values.resolve(p);
            if (parameter.path("name").asString("").equals(name)) return parameter.path("schema");
        }
        return JSON.createObjectNode();
    }

    private String query(JsonNode spec, boolean broken) {
        List<JsonNode> parameters = new ArrayList<>();
        for (JsonNode p : spec.path("parameters")) {
            JsonNode parameter = values.resolve(p);
            if (parameter.path("in").asString("").equals("query")) parameters.add(parameter);
        }
        int brokenIndex = broken && !parameters.isEmpty() ? random.nextInt(parameters.size()) : -1;
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            boolean required = parameter.path("required").asBoolean(false);
            if (i != brokenIndex && !required && random.nextBoolean()) continue;
            String name = parameter.path("name").asString();
            JsonNode schema = parameter.path("schema");
            if (SchemaValues.type(values.resolve(schema)).equals("object")) continue; // exploded objects: rare here
            String value = values.parameter(schema, name, i != brokenIndex);
            if (value.startsWith("[") && value.endsWith("]")) value = value.substring(1, value.length() - 1);
            parts.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                    + (value.startsWith("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8)));
        }
        return String.join("&", parts);
    }

    record Body(String contentType, String content) {
    }

    private Body body(JsonNode spec, boolean broken) {
        JsonNode content = values.resolve(spec.path("requestBody")).path("content");
        if (content.isMissingNode() || content.isEmpty()) return new Body(null, null);
        if (content.has("application/json")) {
            JsonNode schema = content.get("application/json").path("schema");
            if (broken && random.nextInt(5) == 0) return new Body("application/json", random.nextBoolean() ? "{" : "");
            Object value = broken ? values.invalid(schema, null, 0) : values.valid(schema, null, 0);
            return new Body("application/json", JSON.writeValueAsString(value));
        }
        String mediaType = content.propertyNames().iterator().next();
        if (mediaType.startsWith("text/csv")) return new Body("text/csv", broken ? "\u0000\u0001binary" : csv());
        return new Body(mediaType, "");
    }

    private String csv() {
        StringBuilder csv = new StringBuilder("postcode,huisnummer,huisletter,toevoeging,straat,woonplaats\n");
        int rows = 1 + random.nextInt(3);
        for (int i = 0; i < rows; i++) {
            csv.append(String.format("%04d %c%c,%d,,,Fuzzstraat,Fuzzdorp%n", 1000 + random.nextInt(8999),
                    (char) ('A' + random.nextInt(26)), (char) ('A' + random.nextInt(26)), 1 + random.nextInt(300)));
        }
        return csv.toString();
    }

    private List<Finding> check(Operation operation, String caller, Exchange exchange) {
        List<Finding> findings = new ArrayList<>();
        int status = exchange.status();
        if (status >= 500) findings.add(finding(operation, caller, exchange, "server error: " + shorten(exchange.body())));
        if (status >= 400 && status < 600 && status != 599) {
            String problem = problemDetailsBreach(exchange);
            if (problem != null) findings.add(finding(operation, caller, exchange, problem));
        }
        if (status != 599) {
            // an answer without a body (204, or a 201 that says only "created") has no Content-Type: none is passed on
            SimpleResponse.Builder answer = SimpleResponse.Builder.status(status);
            if (exchange.contentType() != null) answer.withContentType(exchange.contentType());
            if (exchange.body() != null && !exchange.body().isEmpty()) answer.withBody(exchange.body());
            ValidationReport report = validator.validateResponse(operation.path(), Request.Method.valueOf(exchange.method()),
                    answer.build());
            for (ValidationReport.Message message : report.getMessages()) {
                if (message.getLevel() == ValidationReport.Level.ERROR) {
                    findings.add(finding(operation, caller, exchange, message.getKey() + ": " + shorten(message.getMessage())));
                }
            }
        }
        return findings;
    }

    /** Null when the error body is RFC 9457 problem details with the answer's own status. */
    private static String problemDetailsBreach(Exchange exchange) {
        String type = exchange.contentType() == null ? "" : exchange.contentType();
        if (!type.startsWith("application/problem+json")) return "error without problem details (Content-Type " + type + ")";
        try {
            JsonNode body = JSON.readTree(exchange.body());
            if (body.path("status").asInt() != exchange.status()) return "problem details with another status: " + shorten(exchange.body());
            if (!body.path("title").isString()) return "problem details without a title";
            return null;
        } catch (RuntimeException e) {
            return "problem details that are not JSON: " + shorten(exchange.body());
        }
    }

    private static Finding finding(Operation operation, String caller, Exchange exchange, String problem) {
        return new Finding(operation.name(), caller, exchange.describe(), exchange.status(), problem);
    }

    /** One finding per operation, status and kind of problem: the first request that showed it. */
    private static List<Finding> dedupe(List<Finding> findings) {
        Map<String, Finding> first = new LinkedHashMap<>();
        for (Finding f : findings) {
            String kind = f.problem().replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "…").replaceAll("\\d+", "#");
            first.putIfAbsent(f.operation() + "|" + f.status() + "|" + (kind.length() > 80 ? kind.substring(0, 80) : kind), f);
        }
        return new ArrayList<>(first.values());
    }

    private static String shorten(String text) {
        if (text == null) return "";
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }

    private List<Operation> operationList() {
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) continue;
                Operation operation = new Operation(method.getKey(), path.getKey(), method.getValue());
                if (!skipped.contains(operation.name())) operations.add(operation);
            }
        }
        return operations;
    }
}
