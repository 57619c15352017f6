package nl.voordeur.shared.web;

import java.util.List;

import org.springdoc.core.annotations.ParameterObject;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/**
 * The {@code page} and {@code size} query parameters of every list in the API. A list handler
 * takes it as {@code @Valid PageQuery page}: the bounds below are checked where it is bound, a
 * bad value (negative, zero size, over the maximum, not a decimal number) answers 400 naming the
 * parameter and is never clamped, and the same bounds appear in the OpenAPI description.
 */
@ParameterObject
public record PageQuery(
        @Parameter(description = "Page number, from 0 (the default).")
        @Min(0) Integer page,
        @Parameter(description = "Items per page: " + Paging.DEFAULT_SIZE + " unless given, at most " + Paging.MAX_SIZE + ".")
        @Min(1) @Max(Paging.MAX_SIZE) Integer size) {

    public Paging paging() {
        return Paging.of(page, size);
    }

    /** The requested page of a list that stays small enough to read whole. */
    public <T> PageResult<T> of(List<T> all) {
        return PageResult.slice(all, paging());
    }
}
