package nl.voordeur.config;

import java.time.Clock;


import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Uses an embedded PostgreSQL unless {@code spring.datasource.url} (for example from
 * {@code SPRING_DATASOURCE_URL}) names a real server; then Spring Boot's own data source applies.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class DatabaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoDatasourceUrlCondition.class)
    static class Embedded {

        @Bean(destroyMethod = "close")
        EmbeddedPostgresServer embeddedPostgresServer(EmbeddedDatabaseProperties properties) {
            return EmbeddedPostgresServer.acquire(properties);
        }

        @Bean
        @ConfigurationProperties("spring.datasource.hikari")
        HikariDataSource dataSource(EmbeddedPostgresServer server) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(server.jdbcUrl());
            dataSource.setUsername("postgres");
            dataSource.setPassword("postgres");
            return dataSource;
        }
    }

}
