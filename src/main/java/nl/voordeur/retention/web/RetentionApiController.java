package nl.voordeur.retention.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import nl.voordeur.retention.Retention;
import nl.voordeur.retention.RetentionPolicies;
import nl.voordeur.retention.RetentionPolicy;
import nl.voordeur.retention.RetentionPreview;
import nl.voordeur.retention.RetentionRun;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Retention")
class RetentionApiController {

    private final Retention retention;
    private final RetentionPolicies policies;

    RetentionApiController(Retention retention, RetentionPolicies policies) {
        this.retention = retention;
        this.policies = policies;
    }

    /** The terms as the retention table allows them (1–240 and 0–240 months). */
    record PolicyBody(@Min(1) @Max(240) Integer caseMonths, @Min(0) @Max(240) Integer contactOnlyMonths,
                      @Min(0) Integer version) {
    }

    @Operation(operationId = "getRetentionPolicy", summary = "Read the programme's retention terms")
    @GetMapping("/programmes/{id}/retention")
    RetentionPolicy policy(@PathVariable UUID id) {
        return policies.get(id);
    }

    @Operation(operationId = "changeRetentionPolicy", summary = "Change the programme's retention terms")
    @PutMapping(path = "/programmes/{id}/retention", consumes = MediaType.APPLICATION_JSON_VALUE)
    RetentionPolicy change(@PathVariable UUID id, @Valid @RequestBody PolicyBody body) {
        return policies.change(id, body.caseMonths(), body.contactOnlyMonths(), body.version() == null ? -1 : body.version());
    }

    /** The dry run: what a run now would anonymise or delete, per programme, by kind and id. */
    @Operation(operationId = "previewRetention", summary = "Preview what a retention run would anonymise or delete now")
    @GetMapping("/retention/preview")
    RetentionPreview preview() {
        return retention.preview();
    }

    @Operation(operationId = "runRetention", summary = "Run retention now")
    @PostMapping("/retention/runs")
    @ResponseStatus(HttpStatus.CREATED)
    RetentionRun run() {
        return retention.runNow();
    }

    @Operation(operationId = "listRetentionRuns", summary = "List the retention runs")
    @GetMapping("/retention/runs")
    PageResult<RetentionRun> runs(@Valid PageQuery page) {
        return retention.runs(page.paging());
    }

    @Operation(operationId = "getRetentionRun", summary = "Read a retention run")
    @GetMapping("/retention/runs/{id}")
    RetentionRun run(@PathVariable UUID id) {
        return retention.run(id);
    }
}
