package nl.voordeur.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** Settings under {@code voordeur.access}. */
@Validated
@ConfigurationProperties("voordeur.access")
public record AccessProperties(@NotNull Duration tokenTtl, @Valid @NotNull Throttle throttle) {

    /** Login throttling: after {@code maxFailures} failures each try waits longer, up to {@code maxDelay}. */
    public record Throttle(@Min(1) int maxFailures, @NotNull Duration baseDelay, @NotNull Duration maxDelay,
                           @Min(1) int maxFailuresPerAddress) {
    }
}
