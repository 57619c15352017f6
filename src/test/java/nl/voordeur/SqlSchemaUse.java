package nl.voordeur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Which schemas a module's SQL names, against the modules its {@code package-info} allows. A
 * schema is a module's migration folder ({@code db/migration/<module>/}), so the module owning
 * schema {@code x} is module {@code x}. SQL is what a module's Java sources hold in string literals
 * and text blocks, the tables its {@code @Table} annotations map, and its own migrations (comments
 * left out). A name counts when it is
 * {@code schema.object} with an object that the migrations create in that schema, not preceded by
 * a dot or a word ({@code nl.voordeur.household.web}, {@code voordeur.audit.key-file}) and not
 * followed by a dot and a word (message keys such as {@code meldcode.step.next}); so write
 * {@code alias.column}, not {@code schema.table.column}.
 */
final class SqlSchemaUse {

    private static final Pattern CREATED = Pattern.compile("(?i)CREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "(?:UNLOGGED\\s+|MATERIALIZED\\s+)?(?:TABLE|VIEW|SEQUENCE|FUNCTION|TYPE)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "(\\w+)\\.(\\w+)");
    private static final Pattern MOVED = Pattern.compile("(?i)ALTER\\s+(?:TABLE|VIEW|SEQUENCE)\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(\\w+)\\.(\\w+)\\s+SET\\s+SCHEMA\\s+(\\w+)");
    private static final Pattern RENAMED = Pattern.compile("(?i)ALTER\\s+(?:TABLE|VIEW|SEQUENCE)\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(\\w+)\\.(\\w+)\\s+RENAME\\s+TO\\s+(\\w+)");
    private static final Pattern SQL_COMMENT = Pattern.compile("--[^\\n]*|/\\*.*?\\*/", Pattern.DOTALL);
    /** Spring Data JDBC's {@code @Table(schema = "access", name = "role_grant")} names a table too. */
    private static final Pattern MAPPED_TABLE = Pattern.compile("@Table\\(([^)]*)\\)");
    private static final Pattern ATTRIBUTE = Pattern.compile("(schema|name|value)\\s*=\\s*\"(\\w+)\"");

    /** The names of one schema's objects that a module's SQL uses ({@code support.help_question}), and where. */
    record Use(Set<String> names, Set<String> files) {
    }

    /** A module's SQL names another module's schema that its {@code allowedDependencies} leave out. */
    record Violation(String module, String schema, Use use) {
        @Override
        public String toString() {
            return "module %s names %s in %s, but its allowedDependencies lack \"%s\"".formatted(module, use.names(),
                    use.files(), schema);
        }
    }

    private final Path sources;
    private final Path migrations;
    private final Map<String, Set<String>> objects;
    private final Pattern qualifiedName;

    private SqlSchemaUse(Path sources, Path migrations, Map<String, Set<String>> objects) {
        this.sources = sources;
        this.migrations = migrations;
        this.objects = objects;
        this.qualifiedName = Pattern.compile("(?<![\\w.])(" + String.join("|", objects.keySet())
                + ")\\.(\\w+)(?!\\w|\\.\\w)");
    }

    /** Reads the schemas and their objects from the migrations: one folder per owning module. */
    static SqlSchemaUse of(Path sources, Path migrations) {
        Map<String, Set<String>> objects = new TreeMap<>();
        try (Stream<Path> folders = Files.list(migrations)) {
            folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).filter(f -> !f.startsWith("__"))
                    .forEach(schema -> objects.put(schema, new TreeSet<>()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path file : files(migrations, ".sql")) {
            String sql = withoutComments(read(file));
            each(CREATED, sql, m -> add(objects, m.group(1), m.group(2)));
            each(MOVED, sql, m -> add(objects, m.group(3), m.group(2)));
            each(RENAMED, sql, m -> add(objects, m.group(1), m.group(3)));
        }
        return new SqlSchemaUse(sources, migrations, objects);
    }

    /** Every module whose SQL names a schema other than its own that it does not declare. */
    List<Violation> violations(ApplicationModules modules) {
        List<Violation> violations = new ArrayList<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            Set<String> allowed = allowedDependencies(module);
            schemasNamed(module).forEach((schema, use) -> {
                if (!schema.equals(name) && !allowed.contains(schema)) violations.add(new Violation(name, schema, use));
            });
        }
        return violations;
    }

    /** What the module's SQL uses, per schema named (its own included). */
    Map<String, Use> schemasNamed(ApplicationModule module) {
        Map<String, Use> named = new TreeMap<>();
        for (Path file : files(sources.resolve(module.getBasePackage().getName().replace('.', '/')), ".java")) {
            String source = read(file);
            for (String literal : stringLiterals(source)) note(named, literal, file);
            each(MAPPED_TABLE, source, m -> note(named, mappedTable(m.group(1)), file));
        }
        for (Path file : files(migrations.resolve(module.getIdentifier().toString()), ".sql")) {
            note(named, withoutComments(read(file)), file);
        }
        return named;
    }

    /** The contents of the string literals and text blocks of a Java source, comments and characters skipped. */
    static List<String> stringLiterals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end + 1;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = closing(source, i + 3, "\"\"\"");
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                String quote = String.valueOf(source.charAt(i));
                int end = closing(source, i + 1, quote);
                if (quote.equals("\"")) literals.add(source.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return literals;
    }

    private void note(Map<String, Use> named, String text, Path file) {
        Matcher m = qualifiedName.matcher(text);
        while (m.find()) {
            if (!objects.get(m.group(1)).contains(m.group(2).toLowerCase())) continue;
            Use use = named.computeIfAbsent(m.group(1), s -> new Use(new TreeSet<>(), new TreeSet<>()));
            use.names().add(m.group());
            use.files().add(file.getFileName().toString());
        }
    }

    /** The module names in {@code @ApplicationModule(allowedDependencies)}; none when it declares none. */
    static Set<String> allowedDependencies(ApplicationModule module) {
        org.springframework.modulith.ApplicationModule declared;
        try {
            declared = Class.forName(module.getBasePackage().getName() + ".package-info")
                    .getAnnotation(org.springframework.modulith.ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return Set.of();
        }
        if (declared == null) return Set.of();
        return Arrays.stream(declared.allowedDependencies())
                .filter(d -> !d.equals(org.springframework.modulith.ApplicationModule.OPEN_TOKEN))
                .map(d -> d.split("::")[0].strip()).collect(Collectors.toSet());
    }

    /** {@code schema.name} of a {@code @Table} annotation's attributes; empty without a schema. */
    private static String mappedTable(String attributes) {
        Map<String, String> values = new TreeMap<>();
        each(ATTRIBUTE, attributes, m -> values.put(m.group(1).equals("value") ? "name" : m.group(1), m.group(2)));
        return values.containsKey("schema") ? values.get("schema") + "." + values.get("name") : "";
    }

    private static int closing(String source, int from, String quote) {
        int i = from;
        while (!source.startsWith(quote, i)) i += source.charAt(i) == '\\' ? 2 : 1;
        return i;
    }

    private static String withoutComments(String sql) {
        return SQL_COMMENT.matcher(sql).replaceAll(" ");
    }

    private static void add(Map<String, Set<String>> objects, String schema, String object) {
        Set<String> names = objects.get(schema.toLowerCase());
        if (names != null) names.add(object.toLowerCase());
    }

    private static void each(Pattern pattern, String text, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        while (m.find()) action.accept(m);
    }

    private static List<Path> files(Path folder, String suffix) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
