package nl.voordeur.access.web;

import java.time.Instant;

import org.springframework.http.MediaType;
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
import nl.voordeur.access.TokenService;

@RestController
@RequestMapping(path = "/api/v1/auth", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Authentication")
class AuthApiController {

    private final TokenService tokens;

    AuthApiController(TokenService tokens) {
        this.tokens = tokens;
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
}
