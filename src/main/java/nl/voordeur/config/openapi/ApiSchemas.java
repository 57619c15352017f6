package nl.voordeur.config.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.NonNull;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * How the API's records become schemas in the OpenAPI description, in one place.
 * <ul>
 * <li><b>Names.</b> A record declared inside another type is named after both
 * ({@code CaseApiController.CloseBody} is {@code CaseCloseBody}, {@code HouseholdView.Member} is
 * {@code HouseholdViewMember}, but {@code VisitApiController.VisitBody} stays {@code VisitBody}),
 * so that two records with the same simple name never share one schema. Two types that would still get one name stop the description with an error naming both.</li>
 * <li><b>Required.</b> A component of a primitive type is always in an answer, and a body without it
 * is refused; so is one with Bean Validation's {@code @NotNull}, {@code @NotBlank} or
 * {@code @NotEmpty} (springdoc marks those).</li>
 * <li><b>Nullable.</b> Any other component may be {@code null}: in an answer (a field nobody filled
 * in, or one the caller may not see) and in a body. A component that is never null says so with
 * JSpecify's {@code @NonNull}.</li>
 * </ul>
 * It runs after springdoc's own converters and before swagger's model resolver.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiSchemas implements ModelConverter {

    private static final String OURS = "nl.voordeur.";
    private static final List<String> CONTROLLER_SUFFIXES = List.of("ApiController", "Controller");

    private final Map<String, String> typesByName = new ConcurrentHashMap<>();

    @Override
    public Schema<?> resolve(AnnotatedType annotated, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) return null;
        JavaType type = Json.mapper().constructType(annotated.getType());
        Class<?> raw = type.getRawClass();
        boolean ours = raw.getName().startsWith(OURS) && !raw.isEnum() && !type.isContainerType();
        if (ours && annotated.getName() == null) annotated.setName(claim(name(type), type));
        Schema<?> schema = chain.next().resolve(annotated, context, chain);
        Schema<?> model = ours ? context.getDefinedModels().get(annotated.getName()) : null; // the answer may be a $ref
        if (model != null && raw.isRecord() && model.getProperties() != null) describe(raw, model);
        return schema;
    }

    /** A type's schema name: its own simple name after those of the types it is declared in, then its type arguments'. */
    static String name(JavaType type) {
        StringBuilder name = new StringBuilder(declaredName(type.getRawClass()));
        for (int i = 0; i < type.containedTypeCount(); i++) name.append(name(type.containedType(i)));
        return name.toString();
    }

    private static String declaredName(Class<?> type) {
        io.swagger.v3.oas.annotations.media.Schema named = type.getAnnotation(io.swagger.v3.oas.annotations.media.Schema.class);
        if (named != null && !named.name().isEmpty()) return named.name();
        Class<?> outer = type.getEnclosingClass();
        if (outer == null) return type.getSimpleName();
        String owner = declaredName(outer);
        for (String suffix : CONTROLLER_SUFFIXES) {
            if (owner.endsWith(suffix) && owner.length() > suffix.length()) {
                owner = owner.substring(0, owner.length() - suffix.length());
                break;
            }
        }
        return type.getSimpleName().startsWith(owner) ? type.getSimpleName() : owner + type.getSimpleName();
    }

    private String claim(String name, JavaType type) {
        String earlier = typesByName.putIfAbsent(name, type.toCanonical());
        if (earlier != null && !earlier.equals(type.toCanonical())) {
            throw new IllegalStateException("Two types would share the schema name " + name + ": " + earlier + " and "
                    + type.toCanonical() + "; give one of them @Schema(name = ...)");
        }
        return name;
    }

    private static void describe(Class<?> record, Schema<?> schema) {
        @SuppressWarnings("rawtypes")
        Map<String, Schema> properties = schema.getProperties();
        List<String> required = new ArrayList<>(schema.getRequired() == null ? List.of() : schema.getRequired());
        for (RecordComponent component : record.getRecordComponents()) {
            Schema<?> property = properties.get(component.getName());
            if (property == null) continue;
            if (component.getType().isPrimitive()) {
                if (!required.contains(component.getName())) required.add(component.getName());
            } else if (!neverNull(component)) {
                properties.put(component.getName(), nullable(property));
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** JSpecify's @NonNull on the component's type, or Bean Validation's refusal of null (which lands on the accessor). */
    private static boolean neverNull(RecordComponent component) {
        var accessor = component.getAccessor();
        return component.getAnnotatedType().isAnnotationPresent(NonNull.class)
                || accessor.isAnnotationPresent(NotNull.class) || accessor.isAnnotationPresent(NotBlank.class)
                || accessor.isAnnotationPresent(NotEmpty.class);
    }

    /** The same schema that also allows null (OpenAPI 3.1: a "null" type, or one of the reference and null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Schema<?> nullable(Schema property) {
        if (property.get$ref() != null) {
            return new JsonSchema().oneOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of("null"))))
                    .description(property.getDescription()).deprecated(property.getDeprecated());
        }
        Set<String> types = property.getTypes();
        if (types == null || types.isEmpty()) return property; // without a type, null is allowed already
        property.addType("null");
        if (property.getEnum() != null && !property.getEnum().contains(null)) property.getEnum().add(null);
        return property;
    }
}
