package nl.voordeur;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;

/**
 * The picture of the modules in {@code docs/architecture.md} is the real one: every arrow of its
 * diagram is a dependency the code has, solid where the module uses the other's Java types and
 * dotted where only its SQL names the other's tables, and no dependency is missing from it. The
 * arrows to {@code shared} and {@code audit}, which nearly every module has, are left out.
 */
class ArchitectureDocTests {

    private static final Set<String> LEFT_OUT = Set.of("shared", "audit");
    private static final Pattern ARROW = Pattern.compile("^\\s*(\\w+) (-->|-\\.->) (\\w+)\\s*$", Pattern.MULTILINE);

    @Test
    void theDiagramDrawsEveryDependencyOfTheCodeAndNoOther() throws IOException {
        String doc = Files.readString(Path.of("docs/architecture.md"));
        Set<String> drawn = new TreeSet<>();
        ARROW.matcher(doc).results().forEach(m -> drawn.add(m.group(1) + " " + m.group(2) + " " + m.group(3)));

        assertThat(drawn).as("the arrows of docs/architecture.md against the code's; the code's are:%n%s",
                String.join("\n", real())).isEqualTo(real());
    }

    /** Every module's dependencies: a Java one is solid, an SQL-only one dotted. */
    static Set<String> real() {
        var modules = SqlSchemaDependencyTests.MODULES;
        Set<String> arrows = new TreeSet<>();
        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            Set<String> java = module.getDirectDependencies(modules).uniqueModules()
                    .map(m -> m.getIdentifier().toString()).collect(Collectors.toSet());
            Set<String> sql = SqlSchemaDependencyTests.SQL.schemasNamed(module).keySet();
            Set<String> all = new TreeSet<>(java);
            all.addAll(sql);
            all.removeAll(LEFT_OUT);
            all.remove(name);
            all.forEach(to -> arrows.add(name + " " + (java.contains(to) ? "-->" : "-.->") + " " + to));
        }
        return arrows;
    }
}
