package nl.voordeur.access;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The principal between a correct password and a correct second factor. It is not a
 * {@link CurrentUser} and holds no authorities, so it reaches no protected page or service;
 * only the code page ({@code mustEnrol} false) or the enrolment page (true).
 * <p>
 * Its name is the username, as for a full login: Spring Session indexes the session by it (a
 * column of 100 characters, which the record's {@code toString} overflowed for usernames of 16
 * characters or more), and ending all of a user's sessions then ends a half-done login too.
 */
public record PendingLogin(UUID userId, String username, boolean mustEnrol) implements AuthenticatedPrincipal, Serializable {

    @Override
    public String getName() {
        return username;
    }
}
