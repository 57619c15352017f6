package nl.voordeur.access;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditActor;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;

/**
 * Password login for pages and the token endpoint alike: refuses while throttled, counts
 * failures, and audits every outcome. Known and unknown account names get the same answer.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;
    private final UserAccountRepository users;
    private final TwoFactorStore twoFactor;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle, AuditLog auditLog,
                                    UserAccountRepository users, TwoFactorStore twoFactor) {
        this.twoFactor = twoFactor;
        this.passwords = passwords;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = clientAddress(authentication);
        if (throttle.isBlocked(username, address)) {
            audit(AuditAction.LOGIN_FAILED, username, Optional.empty(), "throttled", true);
            throw new LoginThrottled();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            CurrentUser user = (CurrentUser) result.getPrincipal();
            if (twoFactor.enrolled(user.id())) {
                // the failure count is cleared only after the code, or password tries would reset it
                audit(AuditAction.LOGIN, username, Optional.of(user), "password accepted, code pending", false);
            } else {
                throttle.recordSuccess(username);
                audit(AuditAction.LOGIN, username, Optional.of(user), null, false);
            }
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            throttle.recordFailure(username, address);
            audit(AuditAction.LOGIN_FAILED, username, Optional.empty(), "bad credentials", true);
            throw new BadCredentialsException("bad credentials");
        }
    }

    private void audit(AuditAction action, String username, Optional<? extends AuditActor> actor, String details,
                       boolean refused) {
        String recordId = actor.map(a -> a.userId().toString())
                .or(() -> users.findByUsername(username).map(u -> u.id().toString()))
                .orElse(null);
        AuditRecord record = AuditRecord.of(action, "UserAccount", recordId);
        if (details != null) record = record.withDetails(details);
        auditLog.record(refused ? record.refused() : record, actor.map(AuditActor.class::cast));
    }

    private static String clientAddress(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
