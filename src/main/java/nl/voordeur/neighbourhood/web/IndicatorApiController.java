package nl.voordeur.neighbourhood.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.neighbourhood.AreaIndicators;
import nl.voordeur.neighbourhood.Direction;
import nl.voordeur.neighbourhood.IndicatorImportResult;
import nl.voordeur.neighbourhood.IndicatorDetails;
import nl.voordeur.neighbourhood.IndicatorView;
import nl.voordeur.neighbourhood.YearValue;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.PlausibleDates;
import nl.voordeur.shared.web.PageQuery;

/** Area indicators over JSON: the same service, rules and audit as the page. */
@RestController
@RequestMapping(path = "/api/v1/programmes/{id}/indicators", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Neighbourhood")
class IndicatorApiController {

    static final String LIMIT = "999999999999"; // whole: a bound that clients (and the API walk) can meet at any scale

    private final AreaIndicators indicators;

    IndicatorApiController(AreaIndicators indicators) {
        this.indicators = indicators;
    }

    record ValueBody(@NotNull @Min(PlausibleDates.FIRST_YEAR) @Max(PlausibleDates.LAST_YEAR) Integer year,
                     @NotNull @DecimalMin("-" + LIMIT) @DecimalMax(LIMIT) @Digits(integer = 12, fraction = 3) BigDecimal value,
                     @NotBlank @Size(max = 200) String source) {
        YearValue toValue() {
            return new YearValue(year, value, source);
        }
    }

    /** An indicator; on a change, {@code version} is the one read, and {@code values} left out keeps the yearly values. */
    record IndicatorBody(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 50) String unit,
                         @NotNull Direction direction,
                         @Min(PlausibleDates.FIRST_YEAR) @Max(PlausibleDates.LAST_YEAR) Integer baselineYear,
                         @DecimalMin("-" + LIMIT) @DecimalMax(LIMIT) @Digits(integer = 12, fraction = 3) BigDecimal baselineValue,
                         @Size(max = 200) String baselineSource, @Valid @Size(max = 300) List<@NotNull @Valid ValueBody> values,
                         @Min(0) Integer version) {
        IndicatorDetails details() {
            return new IndicatorDetails(name, unit, direction, baselineYear, baselineValue, baselineSource,
                    values == null ? null : values.stream().map(ValueBody::toValue).toList());
        }
    }

    @Operation(operationId = "listIndicators", summary = "List the programme's area indicators with their baseline and yearly values")
    @GetMapping
    PageResult<IndicatorView> list(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(indicators.list(id));
    }

    @Operation(operationId = "createIndicator", summary = "Add an area indicator to the programme")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    IndicatorView create(@PathVariable UUID id, @Valid @RequestBody IndicatorBody body) {
        return indicators.create(id, body.details());
    }

    @Operation(operationId = "getIndicator", summary = "Read an area indicator")
    @GetMapping("/{indicatorId}")
    IndicatorView get(@PathVariable UUID id, @PathVariable UUID indicatorId) {
        return indicators.get(id, indicatorId);
    }

    @Operation(operationId = "updateIndicator", summary = "Change an area indicator; 409 when someone else changed it since the version read")
    @PutMapping(path = "/{indicatorId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    IndicatorView update(@PathVariable UUID id, @PathVariable UUID indicatorId, @Valid @RequestBody IndicatorBody body) {
        return indicators.update(id, indicatorId, body.version() == null ? -1 : body.version(), body.details());
    }

    @Operation(operationId = "deleteIndicator", summary = "Remove an area indicator with its values")
    @DeleteMapping("/{indicatorId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID indicatorId) {
        indicators.delete(id, indicatorId);
    }

    /** All or nothing: a file with one bad line saves nothing and answers 422 naming every bad line and field. */
    @Operation(operationId = "importIndicatorValues",
            summary = "Import yearly indicator values from CSV (indicator;year;value;source), all or nothing",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "Semicolon-separated lines indicator;year;value;source, an optional header row, UTF-8.",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string")),
                            @Content(mediaType = "text/plain", schema = @Schema(type = "string"))}))
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    IndicatorImportResult importValues(@PathVariable UUID id, @RequestBody String csv) {
        return indicators.importCsv(id, csv);
    }
}
