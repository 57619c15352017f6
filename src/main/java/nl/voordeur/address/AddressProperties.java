package nl.voordeur.address;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

/**
 * Settings under {@code voordeur.address}.
 *
 * @param importMaxBytes    the largest address file accepted
 * @param maxRemovalShare   the share of a programme's in-scope addresses (0..1) an import may take out of
 *                          scope without an explicit confirmation; visited addresses always need one
 */
@Validated
@ConfigurationProperties("voordeur.address")
public record AddressProperties(@Min(1024) long importMaxBytes,
                                @DecimalMin("0.0") @DecimalMax("1.0") @DefaultValue("0.2") double maxRemovalShare) {
}
