package nl.voordeur.reporting;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Where the report aggregates read. By default the primary database. With
 * {@code voordeur.reporting.datasource.url} set (a PostgreSQL streaming read replica), they read
 * there through a small pool of their own, every session read-only, so that heavy reports do not
 * compete with field work on the primary. Audit entries and report texts still go to the primary.
 * The pool is not a DataSource bean, so Spring Boot's primary DataSource stays as configured.
 */
@Component
class ReportingDatabase implements DisposableBean {

    private final HikariDataSource replica;
    private final JdbcClient jdbc;

    ReportingDatabase(JdbcClient primary, ReportingReplicaProperties settings) {
        this.replica = settings.configured() ? pool(settings) : null;
        this.jdbc = replica == null ? primary : JdbcClient.create(replica);
    }

    private static HikariDataSource pool(ReportingReplicaProperties settings) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("reporting-replica");
        pool.setJdbcUrl(settings.url());
        pool.setUsername(settings.username());
        pool.setPassword(settings.password());
        pool.setMaximumPoolSize(settings.maximumPoolSize() == null ? 4 : settings.maximumPoolSize());
        pool.setReadOnly(true);
        pool.setConnectionInitSql("SET default_transaction_read_only = on");
        return pool;
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    boolean usesReplica() {
        return replica != null;
    }

    @Override
    public void destroy() {
        if (replica != null) replica.close();
    }
}
