package nl.voordeur.config.openapi;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The rules of the served OpenAPI description ({@code /api/docs}) that hold for every operation,
 * in one place: title and version, the bearer token on every operation but the public ones
 * (marked {@code @SecurityRequirements()}), and the problem-details answers an operation can give
 * besides its own. Operation ids and summaries sit on the handlers ({@code @Operation}); how Java
 * types become schemas is {@link ApiSchemas}.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String BEARER = "bearer";
    static final String PROBLEM = "ProblemDetail";

    /** The answers every operation can give, whatever it does. */
    private static final Map<String, String> ALWAYS = Map.of(
            "400", "A parameter or body field is missing, malformed or out of range; errors name it.",
            "401", "No valid bearer token (or, for the token itself, wrong credentials).",
            "403", "The caller's role does not allow this.",
            "404", "No such record, or one the caller may not see.",
            "406", "The Accept header allows none of the media types this operation answers with.",
            // a read meets domain rules too, e.g. the council asks for whole years only (found by the API walk)
            "422", "A domain rule refuses the request; the detail says which, errors name the field.",
            "500", "An unexpected failure on the server.");

    /** What a write can meet besides: a concurrent change. */
    private static final Map<String, String> WRITES = Map.of(
            "409", "Someone else changed the record in the meantime; read it again and retry.");

    /** What an operation that reads a request body can meet besides. */
    private static final Map<String, String> BODIES = Map.of(
            "413", "The request body is too large.",
            "415", "The Content-Type is not one this operation reads.");

    private static final Set<RequestMethod> READS = Set.of(RequestMethod.GET, RequestMethod.HEAD, RequestMethod.OPTIONS);

    @Bean
    OpenAPI voordeurApi(ApiProperties properties) {
        return new OpenAPI()
                .info(new Info().title("Voordeur API").version(properties.version()).description("""
                        The JSON API of Voordeur, the shared case system of Dutch "Achter de Voordeur" \
                        programmes: programmes and their kernteam, address lists, contact attempts and \
                        visits, help questions, cases, referrals, the meldcode, consent, subject rights, \
                        retention, audit and reports. Get a token with POST /api/v1/auth/token and send it \
                        as "Authorization: Bearer <token>". Lists take page (from 0) and size (1 to 200, \
                        25 by default) and answer {"items": [...], "total": n}. Errors are RFC 9457 \
                        problem details. Access rules and the audit apply exactly as in the web pages."""))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .description("A token from POST /api/v1/auth/token, valid for a working day."))
                        .addSchemas(PROBLEM, problemDetail())
                        .addSchemas("FieldError", fieldError()));
    }

    /**
     * A nullable reference comes out of the generator as {@code oneOf: [{$ref}, {type: null}]}, or
     * with an alternative that matches anything; an object then matches both and breaks "exactly
     * one". What is meant is "either", so every {@code oneOf} becomes an {@code anyOf} (no operation
     * of this API answers a union that needs exclusivity). Found by the property-based API walk.
     */
    @Bean
    OpenApiCustomizer eitherInsteadOfExactlyOne() {
        return api -> {
            var seen = Collections.newSetFromMap(new IdentityHashMap<Schema<?>, Boolean>());
            if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
                api.getComponents().getSchemas().values().forEach(schema -> either(schema, seen));
            }
            if (api.getPaths() != null) {
                api.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getResponses() != null) operation.getResponses().values().forEach(response -> {
                        if (response.getContent() != null) response.getContent().values().forEach(m -> either(m.getSchema(), seen));
                    });
                    if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                        operation.getRequestBody().getContent().values().forEach(m -> either(m.getSchema(), seen));
                    }
                }));
            }
        };
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void either(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) return;
        if (schema.getOneOf() != null) {
            List<Schema> alternatives = schema.getOneOf();
            schema.setOneOf(null);
            schema.setAnyOf(alternatives);
        }
        if (schema.getAnyOf() != null) schema.getAnyOf().forEach(s -> either((Schema<?>) s, seen));
        if (schema.getAllOf() != null) schema.getAllOf().forEach(s -> either((Schema<?>) s, seen));
        if (schema.getProperties() != null) schema.getProperties().values().forEach(s -> either(s, seen));
        if (schema.getItems() != null) either(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> more) either(more, seen);
    }

    /** The bearer token and the error answers, added to every operation. */
    @Bean
    OperationCustomizer securityAndErrors() {
        return (operation, handler) -> {
            boolean open = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), SecurityRequirements.class);
            operation.setSecurity(open ? List.of() : List.of(new SecurityRequirement().addList(BEARER)));
            ApiResponses responses = operation.getResponses();
            ALWAYS.forEach((status, text) -> problem(responses, status, text));
            if (writes(handler)) WRITES.forEach((status, text) -> problem(responses, status, text));
            if (operation.getRequestBody() != null) BODIES.forEach((status, text) -> problem(responses, status, text));
            if (open) problem(responses, "429", "Too many failed logins; wait before trying again.");
            responses.forEach(ApiDescription::bodyAsSent);
            return operation;
        };
    }

    /** A 204 has no body; a download (bytes in a media type other than JSON) is binary, not base64 text. */
    private static void bodyAsSent(String status, ApiResponse response) {
        if (status.equals("204")) {
            response.setContent(null);
            return;
        }
        if (response.getContent() == null) return;
        response.getContent().forEach((type, media) -> {
            Schema<?> schema = media.getSchema();
            if (schema != null && "byte".equals(schema.getFormat()) && !type.contains("json")) schema.setFormat("binary");
        });
    }

    private static boolean writes(HandlerMethod handler) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
        return mapping != null && !READS.containsAll(List.of(mapping.method()));
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (responses.containsKey(status)) return;
        responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                .addMediaType(MediaType.APPLICATION_PROBLEM_JSON_VALUE, new io.swagger.v3.oas.models.media.MediaType()
                        .schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** RFC 9457 problem details as the API writes them; {@code errors} names the fields at fault. */
    private static Schema<?> problemDetail() {
        return new JsonSchema().types(Set.of("object"))
                .description("RFC 9457 problem details.")
                .addProperty("type", text("A URI reference that identifies the problem type; about:blank when only the status says it."))
                .addProperty("title", text("A short summary of the problem type."))
                .addProperty("status", new JsonSchema().types(Set.of("integer")).format("int32").description("The HTTP status code."))
                .addProperty("detail", text("What went wrong, for a person to read."))
                .addProperty("instance", text("A URI reference to this occurrence: the request's path."))
                .addProperty("errors", new JsonSchema().types(Set.of("array"))
                        .description("The fields at fault, when the problem is with the input.")
                        .items(new JsonSchema().$ref("#/components/schemas/FieldError")))
                .required(List.of("title", "status"))
                .additionalProperties(true); // RFC 9457 extension members, e.g. an import's counts
    }

    private static Schema<?> fieldError() {
        return new JsonSchema().types(Set.of("object"))
                .addProperty("field", text("The parameter or body field, as a path such as members[0].name."))
                .addProperty("message", text("What is wrong with it."))
                .required(List.of("field", "message"));
    }

    private static Schema<?> text(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
