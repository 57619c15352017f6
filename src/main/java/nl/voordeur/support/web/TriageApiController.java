package nl.voordeur.support.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;
import nl.voordeur.support.Handler;
import nl.voordeur.household.HelpQuestionView;
import nl.voordeur.support.Outcome;
import nl.voordeur.support.FreeHouseholds;
import nl.voordeur.support.Triage;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Triage")
class TriageApiController {

    private final Triage triage;
    private final FreeHouseholds free;

    TriageApiController(Triage triage, FreeHouseholds free) {
        this.triage = triage;
        this.free = free;
    }

    record TriageBody(@NotNull Handler handler, String reason) {
    }

    record CloseBody(@NotNull Outcome outcome) {
    }

    @Operation(operationId = "listTriageQueue", summary = "List the new help questions of the caller's households")
    @GetMapping("/programmes/{id}/triage")
    PageResult<HelpQuestionView> queue(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(triage.queue(id));
    }

    /** Households waiting for a case manager, as metadata (take one with POST /households/{id}/case-manager). */
    @Operation(operationId = "listUnassignedHouseholds", summary = "List the households waiting for a case manager")
    @GetMapping("/programmes/{id}/households/unassigned")
    PageResult<FreeHouseholds.FreeHousehold> unassigned(@PathVariable UUID id, @Valid PageQuery page) {
        return free.list(id, page.paging());
    }

    @Operation(operationId = "listSpecialistQueue", summary = "List the help questions routed to the caller's specialism")
    @GetMapping("/programmes/{id}/specialist-queue")
    PageResult<HelpQuestionView> specialistQueue(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(triage.specialistQueue(id));
    }

    @Operation(operationId = "triageHelpQuestion", summary = "Route a help question to a handler")
    @PostMapping(path = "/help-questions/{id}/triage", consumes = MediaType.APPLICATION_JSON_VALUE)
    void assign(@PathVariable UUID id, @Valid @RequestBody TriageBody body) {
        triage.assign(id, body.handler(), body.reason());
    }

    @Operation(operationId = "closeHelpQuestion", summary = "Close a help question with its outcome")
    @PostMapping(path = "/help-questions/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    void close(@PathVariable UUID id, @Valid @RequestBody CloseBody body) {
        triage.close(id, body.outcome());
    }
}
