package nl.voordeur.household.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.household.Intake;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.household.Households;
import nl.voordeur.household.VisitQuestion;

/** A home visit over the API, with the help questions raised at it in the same request (optional). */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Households")
class VisitApiController {

    private final Households households;

    VisitApiController(Households households) {
        this.households = households;
    }

    /**
     * {@code minutes}: how long the visit took (optional), for the kernteam's deployment in the report.
     * {@code helpQuestions} (optional): each for a member of this visit, by {@code memberIndex} (from 0)
     * or {@code personName}; all or nothing with the visit.
     */
    record VisitBody(@NotNull LocalDate date, Set<UUID> visitorIds, @Valid List<NewVisit.Member> members, Intake intake,
                     @Min(0) Integer householdVersion, @Min(1) @Max(1440) Integer minutes,
                     @Valid List<VisitQuestion> helpQuestions) {
    }

    /** The visit as before, and its help questions, each with the person it was registered for. */
    @Operation(operationId = "recordVisit", summary = "Record a visit to an address with the household met and, optionally, their help questions")
    @PostMapping(path = "/addresses/{id}/visits", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    VisitRecorded visit(@PathVariable UUID id, @Valid @RequestBody VisitBody body) {
        return households.recordVisit(id, new NewVisit(body.date(), body.visitorIds(), body.members(), body.intake(),
                body.householdVersion(), body.minutes(), body.helpQuestions()));
    }
}
