package nl.voordeur.apifuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The ids the fuzzer has seen in answers, by the kind of record they name ("programmes",
 * "persons", ...), so that generated requests reach real records and not only 404s. A field
 * {@code id} counts for the collection the answer came from; {@code programmeId}, {@code visitorIds}
 * and the like count for their own kind.
 */
final class IdPool {

    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Map<String, String> KIND_OF_FIELD = Map.ofEntries(
            Map.entry("programme", "programmes"), Map.entry("household", "households"), Map.entry("person", "persons"),
            Map.entry("address", "addresses"), Map.entry("organisation", "organisations"), Map.entry("user", "users"),
            Map.entry("visitor", "users"), Map.entry("owner", "users"), Map.entry("caseManager", "users"),
            Map.entry("case", "cases"), Map.entry("referral", "referrals"), Map.entry("question", "help-questions"),
            Map.entry("helpQuestion", "help-questions"), Map.entry("meldcode", "meldcode"), Map.entry("goal", "goals"),
            Map.entry("action", "actions"), Map.entry("grant", "grants"), Map.entry("visit", "visits"),
            Map.entry("member", "persons"), Map.entry("run", "runs"));

    private final Map<String, Set<String>> byKind = new HashMap<>();
    private final Set<String> all = new LinkedHashSet<>();

    /** Records every id in an answer from a path such as {@code /api/v1/programmes/{id}/addresses}. */
    void harvest(String pathTemplate, JsonNode body) {
        harvest(lastCollection(pathTemplate), body, 0);
    }

    private void harvest(String collection, JsonNode node, int depth) {
        if (node == null || depth > 8) return;
        if (node.isArray()) {
            node.forEach(n -> harvest(collection, n, depth + 1));
            return;
        }
        if (!node.isObject()) return;
        for (var field : node.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (value.isString() && UUID_TEXT.matcher(value.asString()).matches()) {
                add(name.equals("id") ? collection : kindOf(name), value.asString());
            } else if (value.isArray() && name.endsWith("Ids")) {
                value.forEach(v -> add(kindOf(name.substring(0, name.length() - 1)), v.asString()));
            } else {
                String nested = value.isObject() && KIND_OF_FIELD.containsKey(name) ? KIND_OF_FIELD.get(name)
                        : name.equals("items") || name.equals("file") ? collection : pluralOf(name);
                harvest(nested, value, depth + 1);
            }
        }
    }

    private void add(String kind, String id) {
        if (kind == null || !UUID_TEXT.matcher(id).matches()) return;
        byKind.computeIfAbsent(kind, k -> new LinkedHashSet<>()).add(id);
        all.add(id);
    }

    /** An id for a parameter or field of this name: mostly a known one of its kind, sometimes any or a new one. */
    String pick(String name, Random random) {
        String kind = kindOf(name);
        List<String> known = new ArrayList<>(byKind.getOrDefault(kind, Set.of()));
        int roll = random.nextInt(10);
        if (!known.isEmpty() && roll < 8) return known.get(random.nextInt(known.size()));
        if (!all.isEmpty() && roll < 9) return new ArrayList<>(all).get(random.nextInt(all.size()));
        return UUID.randomUUID().toString();
    }

    /** A path parameter's id: {@code {id}} takes the kind of the collection before it. */
    String pickForPath(String pathTemplate, String parameter, Random random) {
        if (!parameter.equals("id")) return pick(parameter, random);
        String before = pathTemplate.substring(0, pathTemplate.indexOf("{" + parameter + "}"));
        String[] segments = before.split("/");
        return pick(segments[segments.length - 1] + "#collection", random);
    }

    int size() {
        return all.size();
    }

    private static String kindOf(String name) {
        if (name == null) return null;
        if (name.endsWith("#collection")) return name.substring(0, name.length() - "#collection".length());
        String base = name.endsWith("Ids") ? name.substring(0, name.length() - 3)
                : name.endsWith("Id") ? name.substring(0, name.length() - 2) : name;
        return KIND_OF_FIELD.getOrDefault(base, base);
    }

    private static String pluralOf(String field) {
        return KIND_OF_FIELD.getOrDefault(field.endsWith("s") ? field.substring(0, field.length() - 1) : field, field);
    }

    private static String lastCollection(String pathTemplate) {
        String[] segments = pathTemplate.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].startsWith("{") && !segments[i].isEmpty()) return segments[i];
        }
        return "";
    }
}
