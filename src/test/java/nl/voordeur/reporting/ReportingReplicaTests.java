package nl.voordeur.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.zaxxer.hikari.HikariDataSource;

import nl.voordeur.testing.HttpTest;

/**
 * Scale-out: the report aggregates may read from a PostgreSQL read replica
 * ({@code voordeur.reporting.datasource.url}). Here the "replica" is the same embedded server
 * reached through the separate read-only pool, which is what the application builds.
 */
class ReportingReplicaTests extends HttpTest {

    @Autowired DataSource primary;
    @Autowired ReportingDatabase configured;
    @Autowired ReportQueries primaryQueries;

    @Test
    void withoutAReplicaTheReportsReadThePrimary() {
        assertThat(configured.usesReplica()).isFalse();
    }

    @Test
    void withAReplicaTheReportQueriesReadThroughAReadOnlyPoolAndGiveTheSameFigures() {
        HikariDataSource pool = (HikariDataSource) primary;
        // the embedded server wants a password for every login: the replica pool logs in as the app does
        var replica = new ReportingDatabase(jdbc, new ReportingReplicaProperties(pool.getJdbcUrl(), pool.getUsername(),
                pool.getPassword(), 2));
        try {
            assertThat(replica.usesReplica()).isTrue();
            assertThat(replica.jdbc().sql("SHOW default_transaction_read_only").query(String.class).single())
                    .isEqualTo("on");
            assertThatThrownBy(() -> replica.jdbc()
                    .sql("INSERT INTO job_run (job, instance, summary) VALUES ('x', 'x', 'x')").update())
                    .hasMessageContaining("read-only");

            UUID programme = jdbc.sql("SELECT id FROM programme.programme ORDER BY name LIMIT 1")
                    .query(UUID.class).single();
            LocalDate from = LocalDate.of(2000, 1, 1);
            LocalDate to = LocalDate.of(2100, 1, 1);
            assertThat(new ReportQueries(replica).funnel(programme, from, to))
                    .isEqualTo(primaryQueries.funnel(programme, from, to));
        } finally {
            replica.destroy();
        }
    }
}
