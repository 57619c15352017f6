package nl.voordeur.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import nl.voordeur.testing.HttpTest;

/**
 * The application connects as {@code voordeur_app}, which is not the owner: it may read and
 * write module tables and append to the audit log, but never change or remove an audit entry
 * (security.md acceptance 14), alter a table or touch the migration history.
 */
class DatabaseRoleTests extends HttpTest {

    @Test
    void theApplicationRunsAsARoleThatIsNeitherSuperuserNorOwner() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo("voordeur_app");
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles "
                + "WHERE rolname = current_user").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE tableowner = current_user").query(Long.class).single())
                .isZero();
    }

    @Test
    void anUpdateOrDeleteOfAuditEntriesThroughTheApplicationsDataSourceFails() {
        api("admin").get("/api/v1/users/me");
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry").query(Long.class).single()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit.audit_entry SET username = 'mallory'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit.audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit.audit_entry").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("must be owner");
    }

    @Test
    void moduleTablesTheEventLogAndTheLockTableStayWritable() {
        String name = "lock-" + UUID.randomUUID();
        assertThat(jdbc.sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, now(), now(), 'test')")
                .param(name.substring(0, 40)).update()).isOne();
        assertThat(jdbc.sql("DELETE FROM shedlock WHERE name = ?").param(name.substring(0, 40)).update()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM event_publication").query(Long.class).single()).isNotNegative();
        assertThat(organisation("WELFARE")).isNotNull();
    }

    @Test
    void theMigrationHistoryIsOutOfReach() {
        var histories = jdbc.sql("SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
                + "WHERE tablename LIKE 'flyway%'").query(String.class).list();
        assertThat(histories).isNotEmpty();
        for (String table : histories) {
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM " + table).update()).as(table)
                    .isInstanceOf(DataAccessException.class);
        }
    }
}
