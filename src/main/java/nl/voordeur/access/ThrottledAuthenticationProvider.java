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
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;

/**
 * Password login for pages and the token endpoint alike: refuses while throttled, counts
 * failures, and audits every refusal. Known and unknown account names get the same answer.
 * A correct password is not yet a login: the success is audited when the session or token is
 * issued ({@link LoginAudit}), which may still wait for a second factor or an enrolment.
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
        if (throttle.isLocked(username)) {
            auditRefusal(username, "account locked");
            throw new LoginThrottled(true);
        }
        if (throttle.isBlocked(username, address)) {
            auditRefusal(username, "throttled");
            throw new LoginThrottled();
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            CurrentUser user = (CurrentUser) result.getPrincipal();
            // with a second factor the failure count is cleared only after the code, or password tries would reset it
            if (!twoFactor.enrolled(user.id())) throttle.recordSuccess(username, address);
            return result;
        } catch (BadCredentialsException | DisabledException e) {
            auditRefusal(username, "bad credentials");
            throttle.recordFailure(username, address);
            throw new BadCredentialsException("bad credentials");
        }
    }

    /** The account's id when the name is known; never the name itself (it may be a mistyped password). */
    private void auditRefusal(String username, String details) {
        String recordId = users.findByUsername(username).map(u -> u.id().toString()).orElse(null);
        auditLog.record(AuditRecord.of(AuditAction.LOGIN_FAILED, "UserAccount", recordId).withDetails(details).refused(),
                Optional.empty());
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
