package nl.voordeur.programme.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.access.ProgrammeMemberView;
import nl.voordeur.access.Role;
import nl.voordeur.programme.Euros;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.PartnerView;
import nl.voordeur.programme.ProgrammeDetails;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeStatus;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1/programmes", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Programmes")
class ProgrammeApiController {

    private final ProgrammeManagement programmes;
    private final Kernteam kernteam;

    ProgrammeApiController(ProgrammeManagement programmes, Kernteam kernteam) {
        this.programmes = programmes;
        this.kernteam = kernteam;
    }

    /** More home visits than any programme plans; a bound so that no number in a body is unbounded. */
    static final int MAX_VISITS = 1_000_000;

    record ProgrammeBody(String name, String municipality, String neighbourhood, LocalDate startDate,
                         LocalDate endDate, @Euros BigDecimal budgetEuros, @Min(0) @Max(MAX_VISITS) Integer plannedVisits,
                         @Min(0) @Max(100) Integer targetParticipationPct, @Min(0) @Max(100) Integer targetTrajectoryPct,
                         String areaDescription, @Min(0) Integer version) {
        ProgrammeDetails details() {
            return new ProgrammeDetails(name, municipality, neighbourhood, startDate, endDate, budgetEuros,
                    plannedVisits, targetParticipationPct, targetTrajectoryPct, areaDescription);
        }
    }

    record MemberBody(@NotNull UUID userId, @NotEmpty Set<Role> roles) {
    }

    record PartnerBody(@NotNull UUID organisationId, @NotNull @Min(1) @Max(60) Integer priorityResponseDays) {
    }

    record StatusBody(@NotNull ProgrammeStatus status) {
    }

    @Operation(operationId = "createProgramme", summary = "Create a programme; its creator becomes its coordinator")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody ProgrammeBody body) {
        return new Created(programmes.create(body.details()).id());
    }

    @Operation(operationId = "listProgrammes", summary = "List the programmes the caller takes part in")
    @GetMapping
    PageResult<ProgrammeView> list(@Valid PageQuery page) {
        return page.of(programmes.visible());
    }

    @Operation(operationId = "getProgramme", summary = "Read a programme")
    @GetMapping("/{id}")
    ProgrammeView get(@PathVariable UUID id) {
        return programmes.get(id);
    }

    @Operation(operationId = "updateProgramme", summary = "Change a programme's details")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView update(@PathVariable UUID id, @Valid @RequestBody ProgrammeBody body) {
        return programmes.update(id, body.version() == null ? -1 : body.version(), body.details());
    }

    @Operation(operationId = "changeProgrammeStatus", summary = "Move a programme to another status")
    @PostMapping(path = "/{id}/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ProgrammeView status(@PathVariable UUID id, @Valid @RequestBody StatusBody body) {
        return programmes.changeStatus(id, body.status());
    }

    @Operation(operationId = "setProgrammeMember", summary = "Add a user to the kernteam, or change their roles")
    @PostMapping(path = "/{id}/members", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void addMember(@PathVariable UUID id, @Valid @RequestBody MemberBody body) {
        kernteam.setMember(id, body.userId(), body.roles());
    }

    @Operation(operationId = "listProgrammeMembers", summary = "List the programme's kernteam")
    @GetMapping("/{id}/members")
    PageResult<ProgrammeMemberView> members(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(kernteam.members(id));
    }

    @Operation(operationId = "removeProgrammeMember", summary = "Remove a user from the kernteam")
    @DeleteMapping("/{id}/members/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removeMember(@PathVariable UUID id, @PathVariable UUID userId) {
        kernteam.removeMember(id, userId);
    }

    @Operation(operationId = "setProgrammePartner", summary = "Add a partner organisation with its priority agreement, or change it")
    @PostMapping(path = "/{id}/partners", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void addPartner(@PathVariable UUID id, @Valid @RequestBody PartnerBody body) {
        kernteam.setPartner(id, body.organisationId(), body.priorityResponseDays());
    }

    @Operation(operationId = "listProgrammePartners", summary = "List the programme's partner organisations")
    @GetMapping("/{id}/partners")
    PageResult<PartnerView> partners(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(kernteam.partners(id));
    }

    @Operation(operationId = "removeProgrammePartner", summary = "Remove a partner organisation")
    @DeleteMapping("/{id}/partners/{organisationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void removePartner(@PathVariable UUID id, @PathVariable UUID organisationId) {
        kernteam.removePartner(id, organisationId);
    }
}
