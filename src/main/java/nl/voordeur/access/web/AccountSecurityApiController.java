package nl.voordeur.access.web;

import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.voordeur.access.AccessManagement;

/** An administrator's measures for a user's login: lifting a lock. */
@RestController
@RequestMapping(path = "/api/v1/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Users")
class AccountSecurityApiController {

    private final AccessManagement access;

    AccountSecurityApiController(AccessManagement access) {
        this.access = access;
    }

    /** Lifts the lock that many failed logins from many addresses put on the user's login. */
    @Operation(operationId = "unlockUser", summary = "Unlock a user's login after an attack locked it")
    @DeleteMapping("/{id}/lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@PathVariable UUID id) {
        access.unlock(id);
    }
}
