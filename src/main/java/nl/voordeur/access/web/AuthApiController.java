package nl.voordeur.access.web;

import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import nl.voordeur.access.SignOut;
import nl.voordeur.access.TokenService;

@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
class AuthApiController {

    private static final String BEARER = "Bearer ";

    private final TokenService tokens;
    private final SignOut signOut;

    AuthApiController(TokenService tokens, SignOut signOut) {
        this.tokens = tokens;
        this.signOut = signOut;
    }

    record TokenRequest(@NotBlank String username, @NotBlank String password, String totp) {
    }

    record TokenResponse(String token, Instant expiresAt) {
    }

    @Operation(operationId = "createToken", summary = "Log in with username, password and (when enrolled) a TOTP code; answers a bearer token")
    @SecurityRequirements // the one operation without a token
    @PostMapping(path = "/token", consumes = MediaType.APPLICATION_JSON_VALUE)
    TokenResponse token(@Valid @RequestBody TokenRequest body, HttpServletRequest request) {
        var issued = tokens.login(body.username(), body.password(), body.totp(), request);
        return new TokenResponse(issued.token(), issued.expiresAt());
    }

    /** Revokes the token this request carries; it is refused (401) from the next request on. */
    @Operation(operationId = "revokeToken", summary = "Revoke the presented bearer token (log out of the API)")
    @DeleteMapping("/token")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@RequestHeader(HttpHeaders.AUTHORIZATION) String authorization) {
        signOut.revokeToken(authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).strip() : null);
    }

    /** Ends every page session and every API token of the caller, the one of this request included. */
    @Operation(operationId = "logOutEverywhere", summary = "End every page session and API token of the caller")
    @PostMapping("/logout-everywhere")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logOutEverywhere() {
        signOut.everywhere();
    }
}
