package nl.voordeur.access;

import java.util.Optional;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditActor;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * Checks the TOTP code after a correct password. A wrong, missing or reused code counts as a
 * failed login for the throttle and gets the same answer as a wrong password.
 */
@Component
class SecondFactorCheck {

    private final TwoFactorStore store;
    private final TotpCodes codes;
    private final TwoFactorPolicy policy;
    private final LoginThrottle throttle;
    private final AuditLog auditLog;

    SecondFactorCheck(TwoFactorStore store, TotpCodes codes, TwoFactorPolicy policy, LoginThrottle throttle,
                      AuditLog auditLog) {
        this.store = store;
        this.codes = codes;
        this.policy = policy;
        this.throttle = throttle;
        this.auditLog = auditLog;
    }

    /** For the token endpoint: the user after the second factor, or a refusal. */
    CurrentUser afterPassword(CurrentUser user, String code, String address) {
        if (store.enrolled(user.id())) return verify(user, code, address);
        if (policy.requiredFor(user)) {
            audit(AuditRecord.of(AuditAction.LOGIN_FAILED, "UserAccount", user.id())
                    .withDetails("two-factor enrolment required").refused(), user);
            throw new DomainRuleViolated("login.twoFactor.enrolFirst", "totp");
        }
        return user;
    }

    /** Verifies the code of an enrolled user; throws as a wrong password would. */
    CurrentUser verify(CurrentUser user, String code, String address) {
        if (throttle.isLocked(user.username()) || throttle.isBlocked(user.username(), address)) {
            audit(AuditRecord.of(AuditAction.LOGIN_FAILED, "UserAccount", user.id()).withDetails("throttled").refused(),
                    null);
            throw new LoginThrottled();
        }
        boolean valid = store.find(user.id())
                .flatMap(e -> {
                    var step = codes.matchingStep(e.secret(), code, e.lastUsedStep());
                    return step.isPresent() ? Optional.of(step.getAsLong()) : Optional.<Long>empty();
                })
                .map(step -> store.claim(user.id(), step))
                .orElse(false);
        if (!valid) {
            throttle.recordFailure(user.username(), address);
            audit(AuditRecord.of(AuditAction.LOGIN_FAILED, "UserAccount", user.id())
                    .withDetails("bad second factor").refused(), null);
            throw new BadCredentialsException("bad credentials");
        }
        throttle.recordSuccess(user.username(), address);
        return user.withSecondFactor();
    }

    private void audit(AuditRecord record, CurrentUser actor) {
        auditLog.record(record, Optional.ofNullable((AuditActor) actor));
    }
}
