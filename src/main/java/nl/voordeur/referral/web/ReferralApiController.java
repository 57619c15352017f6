package nl.voordeur.referral.web;

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
import nl.voordeur.referral.ReferralReads;
import nl.voordeur.referral.ReferralView;
import nl.voordeur.referral.Referrals;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals")
class ReferralApiController {

    private final Referrals referrals;
    private final ReferralReads reads;

    ReferralApiController(Referrals referrals, ReferralReads reads) {
        this.referrals = referrals;
        this.reads = reads;
    }

    record SendBody(@NotNull UUID organisationId, boolean priority, boolean warmHandover, String note) {
    }

    record AnswerBody(String reason, Boolean successful) {
    }

    @Operation(operationId = "sendReferral", summary = "Refer a help question to a partner organisation")
    @PostMapping(path = "/help-questions/{id}/referrals", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created send(@PathVariable UUID id, @Valid @RequestBody SendBody body) {
        return new Created(referrals.send(id, body.organisationId(), body.priority(), body.warmHandover(), body.note()));
    }

    @Operation(operationId = "listQuestionReferrals", summary = "List the referrals of a help question")
    @GetMapping("/help-questions/{id}/referrals")
    PageResult<ReferralView> forQuestion(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(reads.forQuestion(id));
    }

    /** The caller's inbox: referrals to their organisation. */
    @Operation(operationId = "listReferralInbox", summary = "List the referrals to the caller's organisation")
    @GetMapping("/referrals")
    PageResult<ReferralView> inbox(@Valid PageQuery page) {
        return reads.inbox(page.paging());
    }

    @Operation(operationId = "getReferral", summary = "Read a referral")
    @GetMapping("/referrals/{id}")
    ReferralView get(@PathVariable UUID id) {
        return reads.get(id);
    }

    @Operation(operationId = "acceptReferral", summary = "Accept a referral")
    @PostMapping("/referrals/{id}/accept")
    ReferralView accept(@PathVariable UUID id) {
        referrals.accept(id);
        return reads.get(id);
    }

    @Operation(operationId = "rejectReferral", summary = "Reject a referral, with a reason")
    @PostMapping(path = "/referrals/{id}/reject", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReferralView reject(@PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
        referrals.reject(id, body == null ? null : body.reason());
        return reads.get(id);
    }

    @Operation(operationId = "completeReferral", summary = "Complete a referral, successfully or not")
    @PostMapping(path = "/referrals/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReferralView complete(@PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
        referrals.complete(id, body == null ? null : body.successful(), body == null ? null : body.reason());
        return reads.get(id);
    }

    @Operation(operationId = "withdrawReferral", summary = "Withdraw a referral")
    @PostMapping(path = "/referrals/{id}/withdraw", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReferralView withdraw(@PathVariable UUID id, @RequestBody(required = false) AnswerBody body) {
        referrals.withdraw(id, body == null ? null : body.reason());
        return reads.get(id);
    }

    @Operation(operationId = "listOverdueReferrals", summary = "List the programme's referrals past their priority agreement")
    @GetMapping("/programmes/{id}/referrals/overdue")
    PageResult<ReferralView> overdue(@PathVariable UUID id, @Valid PageQuery page) {
        return reads.overdue(id, page.paging());
    }
}
