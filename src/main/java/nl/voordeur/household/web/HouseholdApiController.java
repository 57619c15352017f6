package nl.voordeur.household.web;

import java.time.Instant;
import java.time.LocalDate;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.Households;
import nl.voordeur.household.Intake;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.VisitDrafts;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Households")
class HouseholdApiController {

    private final Households households;
    private final Conversations conversations;
    private final VisitDrafts drafts;

    HouseholdApiController(Households households, Conversations conversations, VisitDrafts drafts) {
        this.households = households;
        this.conversations = conversations;
        this.drafts = drafts;
    }

    record IntakeBody(@NotNull @Min(0) Integer version, Intake intake) {
    }

    record Version(int version) {
    }

    record ScoreBody(@NotNull LifeDomain domain, @NotNull @Min(1) @Max(5) Integer score, @NotNull LocalDate date) {
    }

    record ConversationBody(@NotNull LifeDomain domain, String note, @Min(1) @Max(5) Integer score) {
    }

    record Draft(String content, Instant savedAt) {
    }

    record CaseManagerBody(@NotNull UUID userId) {
    }

    @Operation(operationId = "assignCaseManager", summary = "Make a user the household's case manager")
    @PostMapping(path = "/households/{id}/case-manager", consumes = MediaType.APPLICATION_JSON_VALUE)
    void caseManager(@PathVariable UUID id, @Valid @RequestBody CaseManagerBody body) {
        households.assignCaseManager(id, body.userId());
    }

    @Operation(operationId = "updateIntake", summary = "Change the household's intake")
    @PutMapping(path = "/households/{id}/intake", consumes = MediaType.APPLICATION_JSON_VALUE)
    Version intake(@PathVariable UUID id, @Valid @RequestBody IntakeBody body) {
        return new Version(households.updateIntake(id, body.version(), body.intake() == null ? Intake.none() : body.intake()));
    }

    @Operation(operationId = "recordScore", summary = "Record a person's self-sufficiency score in a domain")
    @PostMapping(path = "/persons/{id}/scores", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void score(@PathVariable UUID id, @Valid @RequestBody ScoreBody body) {
        conversations.score(id, body.domain(), body.score(), body.date());
    }

    @Operation(operationId = "recordConversation", summary = "Record a conversation with a person about a domain")
    @PostMapping(path = "/persons/{id}/conversations", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    void conversation(@PathVariable UUID id, @Valid @RequestBody ConversationBody body) {
        conversations.note(id, body.domain(), body.note(), body.score());
    }

    @Operation(operationId = "saveVisitDraft", summary = "Save the caller's draft of a visit to an address",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The visit form as the page keeps it; stored as sent and answered back as text.",
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(type = "object"))))
    @PutMapping(path = "/addresses/{id}/visit-draft", consumes = MediaType.APPLICATION_JSON_VALUE)
    Draft saveDraft(@PathVariable UUID id, @RequestBody String content) {
        return new Draft(null, drafts.save(id, content));
    }

    @Operation(operationId = "getVisitDraft", summary = "Read the caller's draft of a visit to an address")
    @ApiResponse(responseCode = "200", description = "The saved draft", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "204", description = "No draft saved")
    @GetMapping("/addresses/{id}/visit-draft")
    ResponseEntity<Draft> draft(@PathVariable UUID id) {
        return drafts.load(id).map(c -> ResponseEntity.ok(new Draft(c, null)))
                .orElse(ResponseEntity.noContent().build());
    }
}
