package nl.voordeur.access.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.PasswordChanges;
import nl.voordeur.access.TwoFactorService;

/** Passwords and login locks: the caller's own new password, and an administrator's measures for a user. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users")
class AccountSecurityApiController {

    private final AccessManagement access;
    private final PasswordChanges passwords;
    private final TwoFactorService twoFactor;

    AccountSecurityApiController(AccessManagement access, PasswordChanges passwords, TwoFactorService twoFactor) {
        this.access = access;
        this.passwords = passwords;
        this.twoFactor = twoFactor;
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }

    /** Every API token of the caller ends, the one of this request included: log in again with the new password. */
    @Operation(operationId = "changeOwnPassword", summary = "Change the caller's own password")
    @PutMapping(path = "/me/password", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changeOwnPassword(@Valid @RequestBody PasswordChange body) {
        passwords.changeOwn(body.currentPassword(), body.newPassword(), null);
    }

    /** The user must choose a new password before anything else; their API tokens end now. */
    @Operation(operationId = "requirePasswordChange", summary = "Require a user to choose a new password first")
    @PostMapping("/{id}/password-change")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void requirePasswordChange(@PathVariable UUID id) {
        passwords.requireChange(id);
    }

    /**
     * A one-time code with which the user enrols their first authenticator while two-factor is
     * enforced; shown this once, valid for three days, replacing an earlier one.
     */
    @Operation(operationId = "issueEnrolmentCode", summary = "Issue a user a one-time two-factor enrolment code")
    @PostMapping("/{id}/enrolment-code")
    @ResponseStatus(HttpStatus.CREATED)
    TwoFactorService.EnrolmentCode issueEnrolmentCode(@PathVariable UUID id) {
        return twoFactor.issueEnrolmentCode(id);
    }

    /** Lifts the lock that many failed logins from many addresses put on the user's login. */
    @Operation(operationId = "unlockUser", summary = "Unlock a user's login after an attack locked it")
    @DeleteMapping("/{id}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable UUID id) {
        access.unlock(id);
    }
}
