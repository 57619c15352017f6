package nl.voordeur.config.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.fasterxml.jackson.annotation.Nulls;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.LogicalType;
import nl.voordeur.shared.PlausibleDates;

/**
 * What the API accepts as a JSON body, in one place. A value must have the type its field has:
 * no {@code false} or {@code 12} for a text, no {@code "12"} for a number, no {@code 0} for a
 * date, no {@code ""} for an id or a choice. Unknown properties are refused (they are typos, or
 * attempts to set what may not be set). No element of a list may be null, no element of a set may
 * come twice, no text may hold a NUL character, and every date lies in {@link PlausibleDates}.
 * A refusal names the place in the body ({@code visitorIds[0]}), see {@link ErrorAdvice}.
 *
 * <p>Only request bodies are read this strictly: the application's own mapper (for example the
 * event publication registry, which reads back what it wrote) keeps Jackson's defaults.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput implements WebMvcConfigurer {

    private final JsonMapper strict;

    JsonInput(JsonMapper mapper) {
        this.strict = strict(mapper);
    }

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.withJsonConverter(new JacksonJsonHttpMessageConverter(strict));
    }

    static JsonMapper strict(JsonMapper mapper) {
        SimpleModule rules = new SimpleModule("voordeur-strict-input");
        rules.addDeserializer(String.class, new NulFreeText());
        rules.addDeserializer(LocalDate.class, new PlausibleDate());
        rules.setDeserializerModifier(new UniqueSets());
        return mapper.rebuild()
                .addModule(rules)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .changeDefaultNullHandling(setter -> setter.withContentNulls(Nulls.FAIL))
                .withCoercionConfigDefaults(c -> c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Textual, c -> c
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, c -> c
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, c -> c
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .build();
    }

    /** Text without NUL: PostgreSQL cannot store it, and no one types it. */
    static final class NulFreeText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String text = super.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) return ctxt.reportInputMismatch(this, "NUL character in text");
            return text;
        }
    }

    /** An ISO date ({@code 2026-12-04}) as a string, never a number, within {@link PlausibleDates}. */
    static final class PlausibleDate extends StdScalarDeserializer<LocalDate> {

        PlausibleDate() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) {
            if (!p.hasToken(JsonToken.VALUE_STRING)) return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            String text = p.getString().strip();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "not an ISO date (yyyy-mm-dd)");
            }
            if (!PlausibleDates.contains(date)) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, text, "year outside "
                        + PlausibleDates.FIRST_YEAR + ".." + PlausibleDates.LAST_YEAR);
            }
            return date;
        }
    }

    /** A set in a body ({@code Set<UUID> visitorIds}) whose elements come once each; a repeat is a mistake. */
    static final class UniqueSets extends ValueDeserializerModifier {
        @Override
        public ValueDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                 BeanDescription.Supplier description,
                                                                 ValueDeserializer<?> deserializer) {
            if (!type.getRawClass().isAssignableFrom(LinkedHashSet.class)) return deserializer;
            return new UniqueSet(type, config.getTypeFactory().constructCollectionType(List.class, type.getContentType()));
        }
    }

    static final class UniqueSet extends StdDeserializer<Set<Object>> {

        private final JavaType asList;

        UniqueSet(JavaType type, JavaType asList) {
            super(type);
            this.asList = asList;
        }

        @Override
        public Set<Object> deserialize(JsonParser p, DeserializationContext ctxt) {
            List<?> elements = ctxt.readValue(p, asList);
            Set<Object> set = new LinkedHashSet<>(elements);
            if (set.size() != elements.size()) return ctxt.reportInputMismatch(this, "an element comes twice");
            return set;
        }
    }
}
