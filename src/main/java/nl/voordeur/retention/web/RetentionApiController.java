package nl.voordeur.retention.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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
import nl.voordeur.shared.Paging;

@RestController
@RequestMapping("/api/v1")
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

    @GetMapping("/programmes/{id}/retention")
    RetentionPolicy policy(@PathVariable UUID id) {
        return policies.get(id);
    }

    @PutMapping("/programmes/{id}/retention")
    RetentionPolicy change(@PathVariable UUID id, @Valid @RequestBody PolicyBody body) {
        return policies.change(id, body.caseMonths(), body.contactOnlyMonths(), body.version() == null ? -1 : body.version());
    }

    /** The dry run: what a run now would anonymise or delete, per programme, by kind and id. */
    @GetMapping("/retention/preview")
    RetentionPreview preview() {
        return retention.preview();
    }

    @PostMapping("/retention/runs")
    @ResponseStatus(HttpStatus.CREATED)
    RetentionRun run() {
        return retention.runNow();
    }

    @GetMapping("/retention/runs")
    PageResult<RetentionRun> runs(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return retention.runs(Paging.of(page, size));
    }

    @GetMapping("/retention/runs/{id}")
    RetentionRun run(@PathVariable UUID id) {
        return retention.run(id);
    }
}
