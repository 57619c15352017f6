package nl.voordeur.neighbourhood.web;

import java.time.LocalDate;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.neighbourhood.InitiativeDetails;
import nl.voordeur.neighbourhood.InitiativeRegister;
import nl.voordeur.neighbourhood.InitiativeView;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

/** The initiative register over JSON: the same service, rules and audit as the page. */
@RestController
@RequestMapping(path = "/api/v1/programmes/{id}/initiatives", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Neighbourhood")
class InitiativeApiController {

    private final InitiativeRegister register;

    InitiativeApiController(InitiativeRegister register) {
        this.register = register;
    }

    /** An initiative; on a change, {@code version} is the one read. */
    record InitiativeBody(@NotBlank @Size(max = 200) String activity, @NotNull LocalDate heldOn,
                          @NotBlank @Size(max = 200) String organiser,
                          @NotNull @Min(0) @Max(InitiativeDetails.MAX_PEOPLE) Integer participants,
                          @NotNull @Min(0) @Max(InitiativeDetails.MAX_PEOPLE) Integer volunteers,
                          @Size(max = 1000) String description, @Min(0) Integer version) {
        InitiativeDetails details() {
            return new InitiativeDetails(activity, heldOn, organiser, participants, volunteers, description);
        }
    }

    @Operation(operationId = "listInitiatives", summary = "List the programme's neighbourhood initiatives, the latest first")
    @GetMapping
    PageResult<InitiativeView> list(@PathVariable UUID id, @Valid PageQuery page) {
        return register.list(id, page.paging());
    }

    @Operation(operationId = "recordInitiative", summary = "Record a neighbourhood initiative")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    InitiativeView record(@PathVariable UUID id, @Valid @RequestBody InitiativeBody body) {
        return register.record(id, body.details());
    }

    @Operation(operationId = "getInitiative", summary = "Read a neighbourhood initiative")
    @GetMapping("/{initiativeId}")
    InitiativeView get(@PathVariable UUID id, @PathVariable UUID initiativeId) {
        return register.get(id, initiativeId);
    }

    @Operation(operationId = "updateInitiative", summary = "Change an initiative; 409 when someone else changed it since the version read")
    @PutMapping(path = "/{initiativeId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    InitiativeView update(@PathVariable UUID id, @PathVariable UUID initiativeId, @Valid @RequestBody InitiativeBody body) {
        return register.update(id, initiativeId, body.version() == null ? -1 : body.version(), body.details());
    }

    @Operation(operationId = "deleteInitiative", summary = "Remove an initiative from the register")
    @DeleteMapping("/{initiativeId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, @PathVariable UUID initiativeId) {
        register.delete(id, initiativeId);
    }
}
