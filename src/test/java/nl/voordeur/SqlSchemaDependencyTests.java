package nl.voordeur;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.importer.ImportOption;

import fixture.schemaleak.SchemaLeakApplication;

/**
 * SQL is a dependency too: a module whose SQL names another module's schema must say so in its
 * {@code allowedDependencies}, as {@link ModularityTests} demands for its Java references.
 */
class SqlSchemaDependencyTests {

    static final ApplicationModules MODULES = ApplicationModules.of(VoordeurApplication.class);
    static final SqlSchemaUse SQL = SqlSchemaUse.of(Path.of("src/main/java"), Path.of("src/main/resources/db/migration"));

    @Test
    void everyModuleDeclaresTheSchemasItsSqlNames() {
        assertThat(SQL.violations(MODULES)).isEmpty();
    }

    @Test
    void seesTheSqlInTextBlocksAndConcatenatedStrings() {
        // ReportQueries reads four other modules' tables in text blocks; AuditTrail splices access.role_grant in
        assertThat(SQL.schemasNamed(MODULES.getModuleByName("reporting").orElseThrow()))
                .containsKeys("household", "address", "referral", "programme", "access");
        assertThat(SQL.schemasNamed(MODULES.getModuleByName("audit").orElseThrow()).get("access").names())
                .containsExactly("access.role_grant");
    }

    @Test
    void reportsSqlThatNamesASchemaItsModuleMayNotUse() {
        var modules = ApplicationModules.of(SchemaLeakApplication.class, ImportOption.Predefined.ONLY_INCLUDE_TESTS);
        var sql = SqlSchemaUse.of(Path.of("src/test/java"),
                Path.of("src/test/resources/fixture/schemaleak/db/migration"));

        // billing may use catalog; it reads shipping.parcel in SQL, maps shipping.label, and names shipping's
        // table elsewhere in ways that are not SQL (a comment, a message key, a Java name, a property name)
        assertThat(sql.violations(modules)).singleElement().hasToString("module billing names [shipping.label, "
                + "shipping.parcel] in [Invoices.java], but its allowedDependencies lack \"shipping\"");
    }
}
