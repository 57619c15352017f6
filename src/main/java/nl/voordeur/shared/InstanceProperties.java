package nl.voordeur.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/**
 * The one application-wide setting: {@code voordeur.instance-name}, this instance's name in the
 * job log ({@code application.properties} makes it the host name unless set).
 */
@Validated
@ConfigurationProperties("voordeur")
public record InstanceProperties(@NotBlank String instanceName) {
}
