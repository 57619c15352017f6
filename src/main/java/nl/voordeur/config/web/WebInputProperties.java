package nl.voordeur.config.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Settings under {@code voordeur.web}: the largest request body (JSON, forms, text) anyone may send.
 * Uploads that need more declare a {@link nl.voordeur.shared.web.LargeBody}; multipart uploads
 * follow {@code spring.servlet.multipart.*}.
 */
@Validated
@ConfigurationProperties("voordeur.web")
public record WebInputProperties(@NotNull @DefaultValue("1MB") DataSize maxBodySize) {
}
