package nl.voordeur.rights.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.rights.SubjectRights;
import nl.voordeur.rights.SubjectRights.PersonSummary;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.PlausibleYear;
import nl.voordeur.shared.web.Downloads;
import nl.voordeur.shared.web.PageQuery;
import tools.jackson.databind.json.JsonMapper;

/** Subject rights for the privacy officer (AVG art. 15–17). */
@RestController
@RequestMapping(path = "/api/v1/persons", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Subject rights")
class SubjectRightsApiController {

    private final SubjectRights rights;
    private final JsonMapper json;

    SubjectRightsApiController(SubjectRights rights, JsonMapper json) {
        this.rights = rights;
        this.json = json;
    }

    record Rectification(@NotBlank @Size(max = 200) String name, @PlausibleYear Integer birthYear,
                         @NotNull @Min(0) Integer version) {
    }

    record Rectified(UUID id, int version) {
    }

    /** The search term travels in the body, never in the URL (security.md test 11). */
    record Search(@NotNull UUID programmeId, @NotBlank String name) {
    }

    @Operation(operationId = "searchPersons", summary = "Find persons in a programme by name, for a subject-rights request")
    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    PageResult<PersonSummary> find(@Valid @RequestBody Search search, @Valid PageQuery page) {
        return page.of(rights.find(search.programmeId(), search.name()));
    }

    @Operation(operationId = "getPerson", summary = "Read a person's summary, for a subject-rights request")
    @GetMapping("/{id}")
    PersonSummary get(@PathVariable UUID id) {
        return rights.summary(id);
    }

    @Operation(operationId = "exportPerson", summary = "Export everything held about a person as JSON (AVG art. 15)")
    @ApiResponse(responseCode = "200", description = "The export, as a JSON attachment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object")))
    @GetMapping(path = "/{id}/export", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> export(@PathVariable UUID id) {
        byte[] body = json.writeValueAsBytes(rights.export(id, "json"));
        return Downloads.attachment("inzage-" + id + ".json", "application/json", body);
    }

    @Operation(operationId = "exportPersonPdf", summary = "Export everything held about a person as PDF (AVG art. 15)")
    @GetMapping(path = "/{id}/export.pdf", produces = Downloads.PDF)
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
        return Downloads.attachment("inzage-" + id + ".pdf", Downloads.PDF, rights.exportPdf(id, locale));
    }

    @Operation(operationId = "rectifyPerson", summary = "Rectify a person's name or birth year (AVG art. 16)")
    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Rectified rectify(@PathVariable UUID id, @Valid @RequestBody Rectification body) {
        return new Rectified(id, rights.rectify(id, body.version(), body.name(), body.birthYear()));
    }

    @Operation(operationId = "erasePerson", summary = "Erase a person (AVG art. 17)")
    @PostMapping("/{id}/erase")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@PathVariable UUID id) {
        rights.erase(id);
    }
}
