package nl.voordeur.household.web;

import java.time.LocalDate;
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
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.household.HouseholdFile;
import nl.voordeur.household.HouseholdView;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;
import nl.voordeur.household.HelpQuestionView;
import nl.voordeur.household.HelpQuestions;
import nl.voordeur.household.Profile;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Urgency;

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

    /**
     * The household's whole file with its help questions and derived profile (product.md), each part
     * once. {@code file} repeats the file as earlier versions answered it, for one release.
     */
    record HouseholdResponse(UUID id, UUID programmeId, UUID addressId, int version, List<HouseholdView.Member> members,
                             List<HouseholdView.Visit> visits, List<HouseholdView.Conversation> conversations,
                             List<HouseholdView.Score> scores, Boolean willingToVolunteer, String volunteerNote,
                             boolean interpreterNeeded, String interpreterLanguage, LocalDate revisitDate,
                             List<HouseholdView.HousingRemark> housingRemarks, List<HelpQuestionView> helpQuestions,
                             Profile profile,
                             @Schema(deprecated = true, description = "Deprecated: the same file as the fields beside it "
                                     + "(members, visits, conversations, scores, intake, housingRemarks), kept for one "
                                     + "release for clients that read it here; read those fields instead.")
                             HouseholdView file) {

        static HouseholdResponse of(HouseholdFile.WithQuestions read) {
            HouseholdView f = read.file();
            return new HouseholdResponse(f.id(), f.programmeId(), f.addressId(), f.version(), f.members(), f.visits(),
                    f.conversations(), f.scores(), f.willingToVolunteer(), f.volunteerNote(), f.interpreterNeeded(),
                    f.interpreterLanguage(), f.revisitDate(), f.housingRemarks(), read.helpQuestions(), read.profile(), f);
        }
    }

    record QuestionBody(@NotNull UUID personId, @NotNull LifeDomain domain, @NotNull QuestionKind kind,
                        @NotBlank String description, Urgency urgency) {
    }

    @Operation(operationId = "getHousehold", summary = "Read a household's file",
            description = "The file with its help questions and profile, each part once. The field `file` is "
                    + "deprecated: it repeats the file for one release.")
    @GetMapping("/{id}")
    HouseholdResponse get(@PathVariable UUID id) {
        return HouseholdResponse.of(files.readWithQuestions(id));
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
