package nl.voordeur.access.web;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.OrganisationKind;
import nl.voordeur.access.OrganisationView;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Organisations")
class OrganisationApiController {

    private final AccessManagement access;

    OrganisationApiController(AccessManagement access) {
        this.access = access;
    }

    record CreateOrganisation(@NotBlank String name, @NotNull OrganisationKind kind) {
    }

    @Operation(operationId = "createOrganisation", summary = "Create an organisation")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody CreateOrganisation body) {
        return new Created(access.createOrganisation(body.name(), body.kind()).id());
    }

    @Operation(operationId = "listOrganisations", summary = "List the organisations")
    @GetMapping
    PageResult<OrganisationView> list(@Valid PageQuery page) {
        return page.of(access.organisations());
    }

    @Operation(operationId = "getOrganisation", summary = "Read an organisation")
    @GetMapping("/{id}")
    OrganisationView get(@PathVariable UUID id) {
        return access.organisation(id).orElseThrow(() -> new NotFound("Organisation"));
    }
}
