package nl.voordeur;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
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

    @Test
    void writesModuleDocumentation() {
        new Documenter(ApplicationModules.of(VoordeurApplication.class)).writeModulesAsPlantUml();
    }
}
