package nl.voordeur.access;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Whether users must enrol a second factor. {@code voordeur.access.two-factor.enforced} decides;
 * unset, enrolment is enforced exactly when demo mode is off (product.md). Only roles that see
 * personal data need it: a user who holds nothing but COUNCIL sees aggregates only.
 */
@Component
class TwoFactorPolicy {

    private volatile boolean enforced;

    /** Demo mode is the demo module's setting, which access may not read through its record (demo uses access). */
    TwoFactorPolicy(AccessProperties properties, @Value("${voordeur.demo.enabled:false}") boolean demoMode) {
        Boolean enforced = properties.twoFactor().enforced();
        this.enforced = enforced != null ? enforced : !demoMode;
    }

    boolean requiredFor(CurrentUser user) {
        return enforced && user.seesPersonalData();
    }

    boolean enforced() {
        return enforced;
    }

    /** For tests of both modes in one shared application context. */
    void enforce(boolean value) {
        this.enforced = value;
    }
}
