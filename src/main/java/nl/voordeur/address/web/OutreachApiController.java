package nl.voordeur.address.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.address.AddressStatus;
import nl.voordeur.address.Channel;
import nl.voordeur.address.ContactAttemptView;
import nl.voordeur.address.Daypart;
import nl.voordeur.address.NewContactAttempt;
import nl.voordeur.address.Outcome;
import nl.voordeur.address.Outreach;
import nl.voordeur.address.OutreachDocuments;
import nl.voordeur.address.OutreachFigures;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.address.WalkListItem;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.Downloads;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Outreach")
class OutreachApiController {

    private final Outreach outreach;
    private final VisitPlanning planning;
    private final OutreachDocuments documents;

    OutreachApiController(Outreach outreach, VisitPlanning planning, OutreachDocuments documents) {
        this.outreach = outreach;
        this.planning = planning;
        this.documents = documents;
    }

    record AttemptBody(@NotNull LocalDate date, @NotNull Daypart daypart, Channel channel, @NotNull Outcome outcome,
                       String note, Set<UUID> visitorIds) {
    }

    record AssignmentBody(@NotEmpty Set<UUID> visitorIds, @NotEmpty List<UUID> addressIds) {
    }

    record Assigned(int addresses) {
    }

    record CorrectionBody(@NotNull AddressStatus status, String reason) {
    }

    record LetterBody(@NotEmpty List<UUID> addressIds, @NotNull LocalDate from, @NotNull LocalDate to) {
    }

    @Operation(operationId = "recordContactAttempt", summary = "Record a contact attempt at an address")
    @PostMapping(path = "/addresses/{id}/contact-attempts", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created attempt(@PathVariable UUID id, @Valid @RequestBody AttemptBody body) {
        return new Created(outreach.recordAttempt(id, new NewContactAttempt(body.date(), body.daypart(),
                body.channel() == null ? Channel.DOOR : body.channel(), body.outcome(), body.note(), body.visitorIds())));
    }

    @Operation(operationId = "listContactAttempts", summary = "List the contact attempts at an address")
    @GetMapping("/addresses/{id}/contact-attempts")
    PageResult<ContactAttemptView> attempts(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(outreach.attempts(id));
    }

    /** Takes back an attempt the caller recorded less than a minute ago, if nothing came after it. */
    @Operation(operationId = "undoContactAttempt", summary = "Undo a contact attempt recorded by mistake, within a minute")
    @DeleteMapping("/addresses/{id}/contact-attempts/{attemptId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void undo(@PathVariable UUID id, @PathVariable UUID attemptId) {
        outreach.undoAttempt(id, attemptId);
    }

    @Operation(operationId = "correctAddressStatus", summary = "Correct an address's status by hand, with a reason")
    @PostMapping(path = "/addresses/{id}/status-correction", consumes = MediaType.APPLICATION_JSON_VALUE)
    void correct(@PathVariable UUID id, @Valid @RequestBody CorrectionBody body) {
        outreach.correctStatus(id, body.status(), body.reason());
    }

    @Operation(operationId = "assignVisitors", summary = "Assign visitors to addresses")
    @PostMapping(path = "/programmes/{id}/assignments", consumes = MediaType.APPLICATION_JSON_VALUE)
    Assigned assign(@PathVariable UUID id, @Valid @RequestBody AssignmentBody body) {
        return new Assigned(planning.assign(id, body.visitorIds(), body.addressIds()));
    }

    @Operation(operationId = "listWalkList", summary = "List the caller's open addresses in walking order")
    @GetMapping("/programmes/{id}/walk-list")
    PageResult<WalkListItem> walkList(@PathVariable UUID id, @Valid PageQuery page) {
        return planning.walkList(id, page.paging());
    }

    @Operation(operationId = "getOutreachFigures", summary = "Count the programme's households, contacted and visited")
    @GetMapping("/programmes/{id}/outreach")
    OutreachFigures figures(@PathVariable UUID id) {
        return planning.figures(id);
    }

    @Operation(operationId = "getWalkListPdf", summary = "Print the caller's walk list as PDF")
    @GetMapping(path = "/programmes/{id}/walk-list.pdf", produces = Downloads.PDF)
    ResponseEntity<byte[]> walkListPdf(@PathVariable UUID id, Locale locale) {
        return Downloads.attachment("looplijst.pdf", Downloads.PDF, documents.walkList(id, locale));
    }

    @Operation(operationId = "printAnnouncementLetters", summary = "Print announcement letters for addresses as PDF")
    @PostMapping(path = "/programmes/{id}/announcement-letters", produces = Downloads.PDF, consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<byte[]> letters(@PathVariable UUID id, @Valid @RequestBody LetterBody body) {
        return Downloads.attachment("aankondigingsbrieven.pdf", Downloads.PDF,
                documents.announcementLetters(id, body.addressIds(), body.from(), body.to()));
    }
}
