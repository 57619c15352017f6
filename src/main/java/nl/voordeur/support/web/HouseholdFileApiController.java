package nl.voordeur.support.web;

import java.util.List;
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
import nl.voordeur.household.HouseholdFile;
import nl.voordeur.household.HouseholdView;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;
import nl.voordeur.support.HelpQuestionView;
import nl.voordeur.support.HelpQuestions;
import nl.voordeur.support.Profile;
import nl.voordeur.support.QuestionKind;
import nl.voordeur.support.Urgency;

@RestController
@RequestMapping(path = "/api/v1/households", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Households")
class HouseholdFileApiController {

    private final HouseholdFile files;
    private final HelpQuestions questions;

    HouseholdFileApiController(HouseholdFile files, HelpQuestions questions) {
        this.files = files;
        this.questions = questions;
    }

    /** The household with its help questions and derived profile (product.md). */
    record HouseholdResponse(UUID id, UUID addressId, int version, List<HouseholdView.Member> members,
                             List<HouseholdView.Visit> visits, List<HelpQuestionView> helpQuestions, Profile profile,
                             HouseholdView file) {
    }

    record QuestionBody(@NotNull UUID personId, @NotNull LifeDomain domain, @NotNull QuestionKind kind,
                        @NotBlank String description, Urgency urgency) {
    }

    record Created(UUID id) {
    }

    @Operation(operationId = "getHousehold", summary = "Read a household's file")
    @GetMapping("/{id}")
    HouseholdResponse get(@PathVariable UUID id) {
        HouseholdView file = files.read(id);
        return new HouseholdResponse(id, file.addressId(), file.version(), file.members(), file.visits(),
                questions.forHousehold(id), questions.profile(id), file);
    }

    @Operation(operationId = "registerHelpQuestion", summary = "Register a help question for a person in the household")
    @PostMapping(path = "/{id}/help-questions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created register(@PathVariable UUID id, @Valid @RequestBody QuestionBody body) {
        return new Created(questions.register(id, body.personId(), body.domain(), body.kind(), body.description(),
                body.urgency()));
    }

    @Operation(operationId = "listHelpQuestions", summary = "List the household's help questions")
    @GetMapping("/{id}/help-questions")
    PageResult<HelpQuestionView> list(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(questions.forHousehold(id));
    }
}
