package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import io.swagger.v3.parser.OpenAPIV3Parser;
import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The served OpenAPI description ({@code /api/docs}) is complete enough to drive a client and a
 * fuzzer: every endpoint Spring MVC serves under /api/v1 is in it, each operation with a summary, a
 * plain operation id, the bearer token, its problem-details answers and real media types.
 */
class ApiDescriptionTests extends HttpTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOKEN = "post /api/v1/auth/token";
    static final String PROBLEM = "#/components/schemas/ProblemDetail";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** The description as a token holder gets it; also written to target/openapi.json for review. */
    JsonNode description() {
        var response = admin().get("/api/docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target"));
            java.nio.file.Files.writeString(java.nio.file.Path.of("target/openapi.json"), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return response.json();
    }

    @Test
    void isServedToABearerTokenAndToAPageSession() {
        JsonNode byToken = description();
        assertThat(byToken.get("openapi").asString()).startsWith("3.1");
        assertThat(byToken.at("/info/title").asString()).isEqualTo("Voordeur API");
        assertThat(byToken.at("/info/version").asString()).matches("\\d+\\.\\d+\\.\\d+.*");
        assertThat(byToken.at("/info/description").asString()).contains("Bearer");
        var bySession = pages("admin").get("/api/docs");
        assertThat(bySession.status()).isEqualTo(200);
        assertThat(JSON.readTree(bySession.body())).isEqualTo(byToken);
    }

    @Test
    void isRefusedToAnyoneWithoutALogin() {
        var wrongToken = nl.voordeur.testing.ApiClient.bearer(port, "not-a-token").get("/api/docs");
        assertThat(wrongToken.status()).isEqualTo(401);
        assertThat(wrongToken.header("Content-Type")).startsWith("application/problem+json");
        var anonymous = new PageClient(port).get("/api/docs");
        assertThat(anonymous.status()).isEqualTo(302);
        assertThat(anonymous.location()).endsWith("/login");
    }

    @Test
    void describesEveryApiEndpointThatSpringMvcServes() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(p -> p.startsWith("/api/v1/"))
                .forEach(p -> info.getMethodsCondition().getMethods()
                        .forEach(m -> served.add(m.name().toLowerCase() + " " + p))));
        Set<String> described = new TreeSet<>();
        forEachOperation(description(), (operation, node) -> described.add(operation));
        assertThat(described).isEqualTo(served);
    }

    @Test
    void everyOperationHasASummaryAndAPlainUniqueOperationId() {
        List<String> failures = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        forEachOperation(description(), (operation, node) -> {
            String id = node.path("operationId").asString("");
            if (node.path("summary").asString("").isBlank()) failures.add(operation + ": no summary");
            if (!id.matches("[a-z][A-Za-z]+")) failures.add(operation + ": operation id '" + id + "'");
            if (!ids.add(id)) failures.add(operation + ": operation id '" + id + "' twice");
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void everyOperationButTheTokenItselfNeedsTheBearerToken() {
        JsonNode description = description();
        assertThat(description.at("/components/securitySchemes/bearer/type").asString()).isEqualTo("http");
        assertThat(description.at("/components/securitySchemes/bearer/scheme").asString()).isEqualTo("bearer");
        assertThat(description.path("security").isEmpty()).as("no global requirement: each operation says its own").isTrue();
        List<String> failures = new ArrayList<>();
        forEachOperation(description, (operation, node) -> {
            JsonNode security = node.path("security");
            boolean bearer = security.size() == 1 && security.get(0).has("bearer");
            if (operation.equals(TOKEN) ? !security.isEmpty() : !bearer) failures.add(operation + ": " + security);
        });
        assertThat(failures).isEmpty();
    }

    /** Found by the API walk: a nullable reference as oneOf matched both alternatives; problem details may carry extensions. */
    @Test
    void aNullableReferenceIsEitherAndProblemDetailsMayCarryExtensionMembers() {
        JsonNode description = description();
        assertThat(description.toString()).doesNotContain("\"oneOf\"");
        assertThat(description.at("/components/schemas/ProblemDetail/additionalProperties").asBoolean(false)).isTrue();
    }

    @Test
    void everyOperationDescribesItsErrorsAsProblemDetails() {
        JsonNode description = description();
        JsonNode problem = description.at("/components/schemas/ProblemDetail/properties");
        assertThat(problem.propertyNames()).contains("type", "title", "status", "detail", "instance", "errors");
        assertThat(description.at("/components/schemas/FieldError/properties").propertyNames()).contains("field", "message");
        List<String> failures = new ArrayList<>();
        forEachOperation(description, (operation, node) -> {
            Set<String> expected = new TreeSet<>(List.of("400", "401", "403", "404", "406", "422", "500"));
            if (!operation.startsWith("get ")) expected.add("409");
            if (node.has("requestBody")) expected.addAll(List.of("413", "415"));
            if (operation.equals(TOKEN)) expected.add("429");
            for (String status : expected) {
                JsonNode content = node.path("responses").path(status).path("content");
                if (!content.path("application/problem+json").path("schema").path("$ref").asString("").equals(PROBLEM)) {
                    failures.add(operation + " " + status + ": " + content);
                }
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void namesRealMediaTypesOnly() {
        List<String> failures = new ArrayList<>();
        forEachOperation(description(), (operation, node) -> {
            node.path("requestBody").path("content").propertyNames().forEach(type -> {
                if (type.contains("*")) failures.add(operation + " reads " + type);
            });
            node.path("responses").properties().forEach(response -> response.getValue().path("content").propertyNames()
                    .forEach(type -> {
                        if (type.contains("*")) failures.add(operation + " " + response.getKey() + " answers " + type);
                    }));
        });
        assertThat(failures).isEmpty();
        JsonNode paths = description().get("paths");
        assertThat(paths.at("/~1api~1v1~1programmes~1{id}~1report.pdf/get/responses/200/content").propertyNames())
                .containsExactly("application/pdf");
        assertThat(paths.at("/~1api~1v1~1programmes~1{id}~1report.xlsx/get/responses/200/content").propertyNames())
                .containsExactly("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(paths.at("/~1api~1v1~1programmes~1{id}~1report.pdf/get/responses/200/content/application~1pdf/schema/format")
                .asString()).isEqualTo("binary");
        assertThat(paths.at("/~1api~1v1~1organisations/post/requestBody/content").propertyNames())
                .containsExactly("application/json");
        assertThat(paths.at("/~1api~1v1~1addresses~1{id}~1visit-draft/get/responses/204").has("content"))
                .as("a 204 has no body").isFalse();
    }

    @Test
    void theAddressImportReadsCsv() {
        JsonNode body = description().at("/paths/~1api~1v1~1programmes~1{id}~1addresses~1import/post/requestBody");
        assertThat(body.path("required").asBoolean()).isTrue();
        JsonNode csv = body.at("/content/text~1csv/schema");
        assertThat(csv.path("type").asString()).isEqualTo("string");
        assertThat(csv.path("format").asString()).isEqualTo("binary");
    }

    @Test
    void everyListDocumentsItsPageAndSizeBounds() {
        List<String> failures = new ArrayList<>();
        forEachOperation(description(), (operation, node) -> {
            boolean list = node.at("/responses/200/content/application~1json/schema/$ref").asString("")
                    .startsWith("#/components/schemas/PageResult");
            if (!list) return;
            Map<String, JsonNode> parameters = new java.util.HashMap<>();
            node.path("parameters").forEach(p -> parameters.put(p.path("name").asString(), p.path("schema")));
            JsonNode page = parameters.get("page");
            JsonNode size = parameters.get("size");
            if (page == null || !page.path("type").asString("").equals("integer") || page.path("minimum").asInt(-1) != 0) {
                failures.add(operation + " page: " + page);
            }
            if (size == null || !size.path("type").asString("").equals("integer")
                    || size.path("minimum").asInt(-1) != 1 || size.path("maximum").asInt(-1) != 200) {
                failures.add(operation + " size: " + size);
            }
        });
        assertThat(failures).isEmpty();
    }

    @Test
    void requiredAndNullableFieldsSayWhatTheServerDoes() {
        JsonNode schemas = description().at("/components/schemas");
        JsonNode send = schemas.path("ReferralSendBody");
        assertThat(send.at("/properties/organisationId/type").asString()).as("required and never null").isEqualTo("string");
        assertThat(send.path("required").valueStream().map(JsonNode::asString))
                .contains("organisationId", "priority", "warmHandover").doesNotContain("note");
        assertThat(send.at("/properties/note/type").valueStream().map(JsonNode::asString)).contains("string", "null");
        assertThat(send.at("/properties/priority/type").asString()).isEqualTo("boolean");
        JsonNode referral = schemas.path("ReferralView");
        assertThat(referral.at("/properties/successful/type").valueStream().map(JsonNode::asString)).contains("null");
        assertThat(referral.at("/properties/status/enum").valueStream().map(JsonNode::asString)).contains("SENT", "WITHDRAWN");
        assertThat(schemas.path("HouseholdViewMember").path("properties").has("id"))
                .as("a household's member and a visit's member are two schemas").isTrue();
        assertThat(schemas.path("NewVisitMember").path("properties").has("present")).isTrue();

        var question = admin().post("/api/v1/help-questions/" + UUID.randomUUID() + "/referrals",
                Map.of("organisationId", UUID.randomUUID(), "warmHandover", false));
        assertThat(question.status()).as("a body without priority is refused before anything is looked up").isEqualTo(400);
    }

    @Test
    void aWrongAcceptIsRefusedBeforeAnythingHappens() {
        String name = "Org-" + UUID.randomUUID();
        var refused = admin().accepting("text/csv").post("/api/v1/organisations", Map.of("name", name, "kind", "OTHER"));
        assertThat(refused.status()).isEqualTo(406);
        assertThat(jdbc.sql("SELECT count(*) FROM access.organisation WHERE name = ?").param(name).query(Long.class).single())
                .isZero();
        assertThat(admin().accepting("application/json").getBytes("/api/v1/users/me").statusCode()).isEqualTo(200);
    }

    @Test
    void isAValidOpenApiDocument() {
        var result = new OpenAPIV3Parser().readContents(admin().get("/api/docs").body());
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }

    /** Calls back with "method path" and the operation, for every operation in the description. */
    static void forEachOperation(JsonNode description, BiConsumer<String, JsonNode> action) {
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                action.accept(operation.getKey() + " " + path.getKey(), operation.getValue());
            }
        }));
    }
}
