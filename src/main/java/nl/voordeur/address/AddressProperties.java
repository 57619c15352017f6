package nl.voordeur.address;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/** Settings under {@code voordeur.address}. */
@Validated
@ConfigurationProperties("voordeur.address")
public record AddressProperties(@Min(1024) long importMaxBytes) {
}
