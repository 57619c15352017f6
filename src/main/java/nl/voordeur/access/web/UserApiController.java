package nl.voordeur.access.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.NewUser;
import nl.voordeur.access.Role;
import nl.voordeur.access.Specialism;
import nl.voordeur.access.TwoFactorService;
import nl.voordeur.access.UserView;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users")
class UserApiController {

    private final AccessManagement access;
    private final TwoFactorService twoFactor;

    UserApiController(AccessManagement access, TwoFactorService twoFactor) {
        this.access = access;
        this.twoFactor = twoFactor;
    }

    record CreateUser(@NotBlank String username, @NotBlank String password, @NotBlank String displayName,
                      @NotNull UUID organisationId, Specialism specialism, Set<Role> roles) {
    }

    @Operation(operationId = "createUser", summary = "Create a user")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created create(@Valid @RequestBody CreateUser body) {
        return new Created(access.createUser(new NewUser(body.username(), body.password(), body.displayName(),
                body.organisationId(), body.specialism(), body.roles())).id());
    }

    @Operation(operationId = "listUsers", summary = "List the users")
    @GetMapping
    PageResult<UserView> list(@Valid PageQuery page) {
        return access.users(page.paging());
    }

    @Operation(operationId = "getCurrentUser", summary = "Read the calling user")
    @GetMapping("/me")
    UserView me() {
        return access.user(CurrentUser.require().id());
    }

    @Operation(operationId = "getUser", summary = "Read a user")
    @GetMapping("/{id}")
    UserView get(@PathVariable UUID id) {
        return access.user(id);
    }

    /** Resets the user's second factor; only for an administrator whose own token was issued after a TOTP code. */
    @Operation(operationId = "resetTwoFactor", summary = "Reset a user's second factor")
    @DeleteMapping("/{id}/two-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetTwoFactor(@PathVariable UUID id) {
        twoFactor.reset(id);
    }
}
