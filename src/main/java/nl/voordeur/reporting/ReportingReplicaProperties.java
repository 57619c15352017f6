package nl.voordeur.reporting;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/** Settings under {@code voordeur.reporting.datasource}: an optional read replica for the report queries. */
@ConfigurationProperties("voordeur.reporting.datasource")
record ReportingReplicaProperties(String url, String username, String password, Integer maximumPoolSize) {

    boolean configured() {
        return StringUtils.hasText(url);
    }
}
