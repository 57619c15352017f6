package nl.voordeur.access;

import org.springframework.security.core.AuthenticationException;

/**
 * Too many failed logins for this account name from this address, or from this address: try again
 * later. {@link #locked()}: the account name is locked after a clear attack, until an administrator
 * unlocks it (known and unknown names alike).
 */
public class LoginThrottled extends AuthenticationException {

    private final boolean locked;

    public LoginThrottled() {
        this(false);
    }

    LoginThrottled(boolean locked) {
        super(locked ? "account locked" : "too many failed logins");
        this.locked = locked;
    }

    public boolean locked() {
        return locked;
    }
}
