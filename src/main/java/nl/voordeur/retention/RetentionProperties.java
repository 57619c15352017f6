package nl.voordeur.retention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings under {@code voordeur.retention}: when the daily job runs (a cron in Dutch time;
 * {@code -} switches it off), the terms of a programme that has not set its own, and how many
 * households one transaction anonymises.
 */
@Validated
@ConfigurationProperties("voordeur.retention")
public record RetentionProperties(
        @DefaultValue("0 30 2 * * *") @NotBlank String cron,
        @DefaultValue("24") @Min(1) @Max(240) int defaultCaseMonths,
        @DefaultValue("6") @Min(0) @Max(240) int defaultContactOnlyMonths,
        @DefaultValue("500") @Min(1) int batchSize) {
}
