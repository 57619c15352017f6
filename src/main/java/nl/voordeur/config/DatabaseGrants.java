package nl.voordeur.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * After the migrations (run as the schema owner) gives the application's own database role
 * exactly what it needs: USAGE on every schema, SELECT/INSERT/UPDATE/DELETE on every table
 * and USAGE/SELECT on the sequences — then takes back UPDATE, DELETE and TRUNCATE on the
 * audit log and everything on Flyway's history tables. Runs at every start, so tables added
 * by later migrations (including other modules') are covered. Skipped when the role does not
 * exist (a single-user setup) or when the migrations already run as that role.
 */
final class DatabaseGrants implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(DatabaseGrants.class);

    private final String role;

    DatabaseGrants(String role) {
        if (!role.isBlank() && !role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("voordeur.database.app-role must be a plain lower-case role name");
        }
        this.role = role;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof FlywayMigrationStrategy strategy && !role.isBlank()) {
            return (FlywayMigrationStrategy) flyway -> {
                strategy.migrate(flyway);
                apply(flyway.getConfiguration().getDataSource());
            };
        }
        return bean;
    }

    void apply(DataSource owner) {
        try (Connection connection = owner.getConnection(); Statement sql = connection.createStatement()) {
            if (!roleExists(sql) || role.equals(connection.getMetaData().getUserName())) {
                log.info("Database role {} absent or used for migrations too: no grants applied", role);
                return;
            }
            for (String schema : list(sql, "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' "
                    + "AND nspname <> 'information_schema' AND has_schema_privilege(current_user, oid, 'CREATE')")) {
                String s = quote(schema);
                sql.execute("GRANT USAGE ON SCHEMA " + s + " TO " + role);
                sql.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA " + s + " TO " + role);
                sql.execute("GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA " + s + " TO " + role);
            }
            for (String history : list(sql, "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) "
                    + "FROM pg_tables WHERE tablename LIKE 'flyway\\_schema\\_history%'")) {
                sql.execute("REVOKE ALL ON " + history + " FROM " + role);
            }
            sql.execute("DO $$ BEGIN IF to_regclass('audit.audit_entry') IS NOT NULL THEN "
                    + "REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON audit.audit_entry FROM " + role
                    + "; END IF; END $$");
            log.info("Grants for database role {} applied", role);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's database role its rights", e);
        }
    }

    private boolean roleExists(Statement sql) throws SQLException {
        try (ResultSet rs = sql.executeQuery("SELECT count(*) FROM pg_roles WHERE rolname = '" + role + "'")) {
            return rs.next() && rs.getInt(1) == 1;
        }
    }

    private static List<String> list(Statement sql, String query) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = sql.executeQuery(query)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
