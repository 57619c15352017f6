package nl.voordeur.privacy.web;

import java.time.LocalDate;
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
import nl.voordeur.privacy.ConsentMethod;
import nl.voordeur.privacy.ConsentView;
import nl.voordeur.privacy.Consents;
import nl.voordeur.privacy.Purpose;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1/persons/{id}/consents", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Consent")
class ConsentApiController {

    private final Consents consents;

    ConsentApiController(Consents consents) {
        this.consents = consents;
    }

    record ConsentBody(@NotNull UUID organisationId, @NotNull Purpose purpose, @NotNull Boolean given,
                       @NotNull ConsentMethod method, String legalBasis, @NotNull LocalDate date) {
    }

    @Operation(operationId = "recordConsent", summary = "Record a person's consent, its withdrawal, or a legal basis")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created record(@PathVariable UUID id, @Valid @RequestBody ConsentBody body) {
        return new Created(consents.record(id, body.organisationId(), body.purpose(), body.given(), body.method(),
                body.legalBasis(), body.date()));
    }

    @Operation(operationId = "listConsents", summary = "List a person's consents")
    @GetMapping
    PageResult<ConsentView> list(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(consents.forPerson(id));
    }
}
