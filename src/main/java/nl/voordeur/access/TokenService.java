package nl.voordeur.access;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;

/** Exchanges a username and password for an API bearer token, through the same throttled login as the pages. */
@Service
public class TokenService {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final LoginAudit audit;
    private final SecondFactorCheck secondFactor;

    TokenService(AuthenticationManager authenticationManager, ApiTokens tokens, LoginAudit audit,
                 SecondFactorCheck secondFactor) {
        this.authenticationManager = authenticationManager;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.audit = audit;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    /**
     * A user with a second factor must also send its current code ({@code totp}); a wrong,
     * missing or reused code gets the same answer as a wrong password. A user who must enrol
     * but has not is refused: enrolment happens on the pages.
     */
    public Issued login(String username, String password, String totp, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        var authentication = authenticationManager.authenticate(attempt);
        CurrentUser user = secondFactor.afterPassword((CurrentUser) authentication.getPrincipal(), totp,
                request.getRemoteAddr());
        var issued = tokens.issue(user.id(), user.passedSecondFactor());
        audit.tokenIssued(user);
        return new Issued(issued.token(), issued.expiresAt());
    }
}
