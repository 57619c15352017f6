package nl.voordeur.apifuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Values for an OpenAPI schema: valid ones (within type, enum, format, bounds and required
 * properties) and invalid ones (one deliberate breach). Leaf values come from jqwik's arbitraries,
 * which mix edge cases (empty, boundaries, odd characters) into the random draws; objects and
 * arrays are put together here, as the schema says. Draws are reproducible from the seed.
 */
final class SchemaValues {

    private static final int GEN_SIZE = 1000;

    private final JsonNode document;
    private final IdPool ids;
    private final Random random;

    SchemaValues(JsonNode document, IdPool ids, Random random) {
        this.document = document;
        this.ids = ids;
        this.random = random;
    }

    /** A value the schema allows; {@code name} is the property or parameter name, used to pick known ids. */
    Object valid(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) return pick(s.get("enum")).isNumber() ? pick(s.get("enum")).numberValue() : pick(s.get("enum")).asString();
        if (s.has("allOf")) return valid(s.get("allOf").get(0), name, depth);
        if (s.has("oneOf")) return valid(pick(s.get("oneOf")), name, depth);
        if (s.has("anyOf")) return valid(pick(s.get("anyOf")), name, depth);
        return switch (type(s)) {
            case "object" -> object(s, depth);
            case "array" -> array(s, name, depth);
            case "integer" -> integer(s);
            case "number" -> number(s);
            case "boolean" -> random.nextBoolean();
            case "string" -> string(s, name);
            default -> depth > 3 ? "x" : object(s, depth);
        };
    }

    /** A value that breaks the schema in one way, or an odd value the server must still survive. */
    Object invalid(JsonNode schema, String name, int depth) {
        JsonNode s = resolve(schema);
        String type = s.has("enum") ? "enum" : type(s);
        int choice = random.nextInt(4);
        return switch (type) {
            case "object" -> {
                @SuppressWarnings("unchecked")
                Map<String, Object> valid = s.has("properties") ? (Map<String, Object>) object(s, depth) : new LinkedHashMap<>();
                List<String> keys = new ArrayList<>(valid.keySet());
                if (keys.isEmpty() || choice == 0) yield List.of(valid);
                String key = keys.get(random.nextInt(keys.size()));
                if (choice == 1) valid.remove(key);
                else valid.put(key, invalid(s.get("properties").get(key), key, depth + 1));
                yield valid;
            }
            case "array" -> choice == 0 ? "not an array" : List.of(invalid(s.path("items"), name, depth + 1));
            case "integer", "number" -> switch (choice) {
                case 0 -> "12";
                case 1 -> new BigDecimal("1e30");
                case 2 -> s.has("minimum") ? s.get("minimum").decimalValue().subtract(BigDecimal.ONE) : -2_147_483_649L;
                default -> s.has("maximum") ? s.get("maximum").decimalValue().add(BigDecimal.ONE) : 1.5;
            };
            case "boolean" -> choice == 0 ? "yes" : 1;
            case "enum" -> choice == 0 ? "NOT_A_VALUE" : 3;
            default -> switch (choice) {
                case 0 -> false;
                case 1 -> "bad\u0000value";
                case 2 -> "date".equals(s.path("format").asString("")) || "date-time".equals(s.path("format").asString(""))
                        ? "99999-01-01" : "x".repeat(100_000);
                default -> 0;
            };
        };
    }

    /** A path or query parameter value, as text. */
    String parameter(JsonNode schema, String name, boolean valid) {
        Object value = valid ? valid(schema, name, 0) : invalidParameter(resolve(schema));
        return String.valueOf(value);
    }

    private Object invalidParameter(JsonNode schema) {
        return switch (random.nextInt(6)) {
            case 0 -> "-1";
            case 1 -> "0x10";
            case 2 -> "1000000000";
            case 3 -> "not-a-uuid";
            case 4 -> "%00";
            default -> "uuid".equals(schema.path("format").asString("")) ? UUID.randomUUID().toString() : "2020-13-45";
        };
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode s = schema == null ? MissingNode.getInstance() : schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = document.at(ref.substring(1));
        }
        return s;
    }

    static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) return schema.has("properties") ? "object" : schema.has("items") ? "array" : "";
        if (type.isArray()) {
            for (JsonNode t : type) if (!"null".equals(t.asString())) return t.asString();
            return "null";
        }
        return type.asString();
    }

    private Map<String, Object> object(JsonNode s, int depth) {
        Map<String, Object> value = new LinkedHashMap<>();
        JsonNode properties = s.path("properties");
        List<String> required = new ArrayList<>();
        s.path("required").forEach(r -> required.add(r.asString()));
        for (var property : properties.properties()) {
            String key = property.getKey();
            if (required.contains(key) || (depth < 3 && random.nextInt(3) > 0)) {
                value.put(key, valid(property.getValue(), key, depth + 1));
            }
        }
        return value;
    }

    private List<Object> array(JsonNode s, String name, int depth) {
        int min = s.path("minItems").asInt(0);
        int max = Math.min(s.path("maxItems").asInt(3), Math.max(min, 3));
        int size = min + random.nextInt(Math.max(1, max - min + 1));
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size && depth < 5; i++) items.add(valid(s.path("items"), singular(name), depth + 1));
        if (Boolean.TRUE.equals(s.path("uniqueItems").asBoolean(false))) return new ArrayList<>(new java.util.LinkedHashSet<>(items));
        return items;
    }

    private Object integer(JsonNode s) {
        long min = s.has("minimum") ? s.get("minimum").asLong() : 0;
        long max = s.has("maximum") ? s.get("maximum").asLong() : Math.max(min, 2000);
        if (s.path("exclusiveMinimum").isNumber()) min = s.get("exclusiveMinimum").asLong() + 1;
        if (s.path("exclusiveMaximum").isNumber()) max = s.get("exclusiveMaximum").asLong() - 1;
        return sample(Arbitraries.longs().between(min, Math.max(min, max)));
    }

    private Object number(JsonNode s) {
        BigDecimal min = s.has("minimum") ? s.get("minimum").decimalValue() : BigDecimal.ZERO;
        BigDecimal max = s.has("maximum") ? s.get("maximum").decimalValue() : min.add(BigDecimal.valueOf(100_000));
        return sample(Arbitraries.bigDecimals().between(min, max.max(min)).ofScale(2));
    }

    private Object string(JsonNode s, String name) {
        String format = s.path("format").asString("");
        return switch (format) {
            case "uuid" -> ids.pick(name, random);
            case "date" -> LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 12)).toString();
            case "date-time" -> LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 12)).atStartOfDay()
                    .toInstant(ZoneOffset.UTC).toString();
            case "binary", "byte" -> "";
            default -> text(s, name);
        };
    }

    private String text(JsonNode s, String name) {
        int min = s.path("minLength").asInt(0);
        int max = Math.max(min, Math.min(s.path("maxLength").asInt(40), 60));
        if (name != null && name.toLowerCase().contains("password")) min = Math.max(min, 12);
        return sample(Arbitraries.strings().withCharRange(' ', '~').withCharRange('À', 'ž')
                .ofMinLength(Math.min(min, max)).ofMaxLength(max));
    }

    private <T> T sample(Arbitrary<T> arbitrary) {
        return arbitrary.generator(GEN_SIZE, true).next(random).value();
    }

    private JsonNode pick(JsonNode array) {
        return array.get(random.nextInt(array.size()));
    }

    static String singular(String name) {
        if (name == null) return null;
        return name.endsWith("Ids") ? name.substring(0, name.length() - 1) : name;
    }
}
