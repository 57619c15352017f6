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

    /**
     * Login throttling: after {@code maxFailures} failures of one account name from one address each
     * try from there waits longer, up to {@code maxDelay}; likewise per address. At least
     * {@code lockFailures} failures from at least {@code lockAddresses} addresses within 24 hours lock
     * the account name until an administrator unlocks it.
     */
    public record Throttle(@Min(1) int maxFailures, @NotNull Duration baseDelay, @NotNull Duration maxDelay,
                           @Min(1) int maxFailuresPerAddress, @Min(1) int lockFailures, @Min(2) int lockAddresses) {
    }
}
