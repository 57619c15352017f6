package nl.voordeur.config;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Primary;

import com.zaxxer.hikari.HikariDataSource;

import nl.voordeur.shared.DutchZone;

/**
 * Uses an embedded PostgreSQL unless {@code spring.datasource.url} (for example from
 * {@code SPRING_DATASOURCE_URL}) names a real server; then Spring Boot's own data source applies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class DatabaseConfiguration {

    /**
     * Dutch time: "today" is the date in the Netherlands wherever the server runs, so a visit or
     * consent recorded after midnight in Amsterdam (but before midnight UTC) is not "in the future".
     * The clock carries the zone, so "today" is {@code LocalDate.now(clock)} everywhere.
     */
    @Bean
    Clock clock() {
        return Clock.system(DutchZone.ZONE);
    }

    /**
     * Grants the application's database role its rights after every migration run. A bean post
     * processor is made before the configuration properties beans, so it reads its one setting as a
     * placeholder rather than pulling a properties record in early.
     */
    @Bean
    static DatabaseGrants databaseGrants(@Value("${voordeur.database.app-role:voordeur_app}") String role) {
        return new DatabaseGrants(role);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatasourceUrlCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
            return EmbeddedPostgresServer.acquire(properties);
        }

        /** The application's connections: a role that is neither superuser nor owner. */
        @Bean
        @Primary
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername(EmbeddedPostgresServer.APP_ROLE);
            dataSource.setPassword(server.appPassword());
            return dataSource;
        }

        /** The owner, for Flyway (and the grants after it) only. */
        @Bean(defaultCandidate = false)
        @FlywayDataSource
        DataSource flywayDataSource(EmbeddedPostgresServer server) {
            return server.ownerDataSource();
        }
    }

}
