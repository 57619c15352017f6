package nl.voordeur.support.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;
import nl.voordeur.support.CaseReads;
import nl.voordeur.support.CaseStatus;
import nl.voordeur.support.CaseView;
import nl.voordeur.support.Cases;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Cases")
class CaseApiController {

    private final Cases cases;
    private final CaseReads reads;

    CaseApiController(Cases cases, CaseReads reads) {
        this.cases = cases;
        this.reads = reads;
    }

    record OpenBody(@NotNull UUID ownerId, Set<UUID> personIds) {
    }

    record GoalBody(String text) {
    }

    record ActionBody(@NotNull UUID goalId, String text, UUID ownerId, LocalDate dueDate) {
    }

    record CloseBody(CaseStatus.CloseReason reason) {
    }

    @Operation(operationId = "openCase", summary = "Open a case for persons in the household")
    @PostMapping(path = "/households/{id}/cases", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created open(@PathVariable UUID id, @Valid @RequestBody OpenBody body) {
        return new Created(cases.open(id, body.ownerId(), body.personIds()));
    }

    @Operation(operationId = "listCases", summary = "List the household's cases")
    @GetMapping("/households/{id}/cases")
    PageResult<CaseView> list(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(reads.forHousehold(id));
    }

    @Operation(operationId = "getCase", summary = "Read a case with its plan")
    @GetMapping("/cases/{id}")
    CaseView get(@PathVariable UUID id) {
        return reads.get(id);
    }

    @Operation(operationId = "addCaseGoal", summary = "Add a goal to a case's plan")
    @PostMapping(path = "/cases/{id}/goals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created goal(@PathVariable UUID id, @RequestBody GoalBody body) {
        return new Created(cases.addGoal(id, body.text()));
    }

    @Operation(operationId = "addCaseAction", summary = "Add an action to a goal")
    @PostMapping(path = "/cases/{id}/actions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created action(@PathVariable UUID id, @Valid @RequestBody ActionBody body) {
        return new Created(cases.addAction(id, body.goalId(), body.text(), body.ownerId(), body.dueDate()));
    }

    @Operation(operationId = "completeCaseAction", summary = "Mark an action as done")
    @PostMapping("/cases/{id}/actions/{actionId}/done")
    void done(@PathVariable UUID id, @PathVariable UUID actionId) {
        cases.actionDone(id, actionId);
    }

    @Operation(operationId = "activateCase", summary = "Activate a case")
    @PostMapping("/cases/{id}/activate")
    CaseView activate(@PathVariable UUID id) {
        cases.activate(id);
        return reads.get(id);
    }

    @Operation(operationId = "monitorCase", summary = "Move a case to monitoring")
    @PostMapping("/cases/{id}/monitor")
    CaseView monitor(@PathVariable UUID id) {
        cases.monitor(id);
        return reads.get(id);
    }

    @Operation(operationId = "closeCase", summary = "Close a case, with a reason")
    @PostMapping(path = "/cases/{id}/close", consumes = MediaType.APPLICATION_JSON_VALUE)
    CaseView close(@PathVariable UUID id, @RequestBody(required = false) CloseBody body) {
        cases.close(id, body == null ? null : body.reason());
        return reads.get(id);
    }
}
