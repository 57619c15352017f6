package nl.voordeur.access;

import org.springframework.security.core.AuthenticationException;

/** Too many failed logins for this account name or address: try again later. */
public class LoginThrottled extends AuthenticationException {
    public LoginThrottled() {
        super("too many failed logins");
    }
}
