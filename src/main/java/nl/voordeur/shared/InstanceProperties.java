package nl.voordeur.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The one application-wide setting: {@code voordeur.instance-name}, this instance's name in the
 * job log; unset, the host name ({@code HOSTNAME}), else "voordeur".
 */
@ConfigurationProperties("voordeur")
public record InstanceProperties(String instanceName) {

    public InstanceProperties {
        if (instanceName == null || instanceName.isBlank()) {
            instanceName = System.getenv().getOrDefault("HOSTNAME", "voordeur");
        }
    }
}
