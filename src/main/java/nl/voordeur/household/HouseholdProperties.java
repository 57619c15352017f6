package nl.voordeur.household;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;

/**
 * Settings under {@code voordeur.household}.
 *
 * @param visitorAccessDays how many days after the latest visit (or a planned revisit) a visitor
 *                          keeps reading the file they visited
 */
@Validated
@ConfigurationProperties("voordeur.household")
record HouseholdProperties(@Min(1) @DefaultValue("60") int visitorAccessDays) {
}
