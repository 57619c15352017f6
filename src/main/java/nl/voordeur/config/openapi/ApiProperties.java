package nl.voordeur.config.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;

/** Settings under {@code voordeur.api}: the version the OpenAPI description states (the build fills it in). */
@Validated
@ConfigurationProperties("voordeur.api")
public record ApiProperties(@NotBlank String version) {
}
