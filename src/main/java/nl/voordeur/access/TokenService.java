package nl.voordeur.access;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;

/** Exchanges a username and password for an API bearer token, through the same throttled login as the pages. */
@Service
public class TokenService {

    private final AuthenticationManager authenticationManager;
    private final ApiTokens tokens;
    private final AuditLog auditLog;

    TokenService(AuthenticationManager authenticationManager, ApiTokens tokens, AuditLog auditLog) {
        this.authenticationManager = authenticationManager;
        this.tokens = tokens;
        this.auditLog = auditLog;
    }

    public record Issued(String token, Instant expiresAt) {
    }

    public Issued login(String username, String password, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetailsSource().buildDetails(request));
        var authentication = authenticationManager.authenticate(attempt);
        CurrentUser user = (CurrentUser) authentication.getPrincipal();
        var issued = tokens.issue(user.id());
        auditLog.record(AuditRecord.of(AuditAction.TOKEN_ISSUED, "UserAccount", user.id()),
                java.util.Optional.of(user));
        return new Issued(issued.token(), issued.expiresAt());
    }
}
