package nl.voordeur.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Settings under {@code voordeur.access}: how long an API token and a page session live, the
 * login throttle and the second factor.
 */
@Validated
@ConfigurationProperties("voordeur.access")
public record AccessProperties(@NotNull Duration tokenTtl, @NotNull @DefaultValue("12h") Duration sessionMaxAge,
                               @Valid @NotNull Throttle throttle, @NotNull @DefaultValue TwoFactor twoFactor) {

    /**
     * Login throttling: after {@code maxFailures} failures of one account name from one address each
     * try from there waits longer, up to {@code maxDelay}; likewise per address. At least
     * {@code lockFailures} failures from at least {@code lockAddresses} addresses within 24 hours lock
     * the account name until an administrator unlocks it.
     */
    public record Throttle(@Min(1) int maxFailures, @NotNull Duration baseDelay, @NotNull Duration maxDelay,
                           @Min(1) int maxFailuresPerAddress, @Min(1) int lockFailures, @Min(2) int lockAddresses) {
    }

    /**
     * The second factor: the key that encrypts the users' secrets ({@code key}, base64, 32 bytes),
     * else the file that keeps it ({@code key-file}, created on first start), else a key in memory
     * only; and whether enrolment is required ({@code enforced}; unset: required unless in demo mode).
     */
    public record TwoFactor(@DefaultValue("") String key, @DefaultValue("") String keyFile, Boolean enforced) {

        @Override
        public String toString() {
            return "TwoFactor[key=" + (key.isBlank() ? "" : "(set)") + ", keyFile=" + keyFile + ", enforced=" + enforced + "]";
        }
    }
}
