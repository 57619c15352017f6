package nl.voordeur.access.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.TwoFactorService;

/** The caller's own second factor over the API: status, an offered secret, and its confirmation. */
@RestController
@RequestMapping(path = "/api/v1/users/me/two-factor", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
class TwoFactorApiController {

    private final TwoFactorService twoFactor;

    TwoFactorApiController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    record Status(boolean enrolled) {
    }

    record OfferRequest(@NotBlank String password) {
    }

    record Offer(String secret, String otpauthUri) {
    }

    /** {@code enrolmentCode}: the one-time code from an administrator, needed while two-factor is enforced. */
    record Confirmation(@NotBlank String code, String enrolmentCode) {
    }

    @Operation(operationId = "getTwoFactorStatus", summary = "Whether the caller has a second factor")
    @GetMapping
    Status status() {
        return new Status(twoFactor.enrolled(CurrentUser.require().id()));
    }

    /** A new secret (shown this once); confirm it within 15 minutes with PUT and a code from it. */
    @Operation(operationId = "offerTwoFactorSecret", summary = "Offer the caller a new TOTP secret, shown this once")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Offer offer(@Valid @RequestBody OfferRequest body) {
        var offer = twoFactor.offerByApi(body.password());
        return new Offer(offer.secret(), offer.otpauthUri());
    }

    @Operation(operationId = "confirmTwoFactor", summary = "Confirm the offered TOTP secret with a code from it")
    @PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void confirm(@Valid @RequestBody Confirmation body) {
        twoFactor.confirmByApi(body.code(), body.enrolmentCode());
    }
}
