package nl.voordeur.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code voordeur.database.embedded}: where the embedded PostgreSQL keeps its
 * data. A blank directory means a fresh throw-away database (used by the tests).
 */
@ConfigurationProperties("voordeur.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory) {

    public boolean persistent() {
        return dataDirectory != null && !dataDirectory.isBlank();
    }
}
