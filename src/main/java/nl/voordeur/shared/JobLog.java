package nl.voordeur.shared;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records what a scheduled job did (counts, never personal data) in {@code job_run}, naming the
 * instance that ran it ({@code voordeur.instance-name}, by default the host name).
 */
@Component
public class JobLog {

    private final JdbcClient jdbc;
    private final String instance;

    JobLog(JdbcClient jdbc, InstanceProperties properties) {
        this.jdbc = jdbc;
        this.instance = properties.instanceName();
    }

    public void record(String job, String summary) {
        jdbc.sql("INSERT INTO job_run (job, instance, summary) VALUES (:job, :instance, :summary)")
                .param("job", job).param("instance", instance).param("summary", summary)
                .update();
    }

    public String instance() {
        return instance;
    }
}
