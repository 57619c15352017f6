package nl.voordeur;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    @Test
    void modulesKeepToTheirDeclaredDependencies() {
        assertThatCode(() -> ApplicationModules.of(VoordeurApplication.class).verify()).doesNotThrowAnyException();
    }

    @Test
    void verificationFailsWhenAModuleReachesIntoAnotherModulesInternals() {
        // fixture.leaky.billing uses a package-private type of fixture.leaky.catalog's internal package
        assertThatThrownBy(() -> ApplicationModules.of(fixture.leaky.LeakyApplication.class,
                        com.tngtech.archunit.core.importer.ImportOption.Predefined.ONLY_INCLUDE_TESTS).verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("catalog.internal");
    }

    /**
     * The application reads its modules, in dependency order, from the shipped metadata instead of
     * scanning its classes at every start (which ran the per-module Flyway folders 1.5 s later).
     * The metadata must therefore say what the code says: module names, their order, initializers.
     */
    @Test
    void theShippedModuleMetadataMatchesTheCode() throws IOException {
        String computed = new ApplicationModulesExporter(ApplicationModules.of(VoordeurApplication.class)).toJson();
        Path fresh = Path.of("target/application-modules.json");
        Files.writeString(fresh, computed);
        Path shipped = Path.of("src/main/resources/" + ApplicationModulesExporter.DEFAULT_LOCATION);
        var json = tools.jackson.databind.json.JsonMapper.builder().build();
        assertThat(outline(json.readTree(Files.readString(shipped))))
                .as("%s is stale: copy %s over it", shipped, fresh)
                .isEqualTo(outline(json.readTree(computed)));
    }

    /** What the runtime reads from the metadata: the module names in order, with their initializers. */
    private static List<String> outline(tools.jackson.databind.JsonNode modules) {
        List<String> outline = new ArrayList<>();
        modules.properties().forEach(e -> outline.add(e.getKey() + " " + e.getValue().path("initializers")));
        return outline;
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(ApplicationModules.of(VoordeurApplication.class)).writeModulesAsPlantUml();
    }
}
