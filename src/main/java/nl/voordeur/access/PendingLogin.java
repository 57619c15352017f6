package nl.voordeur.access;

import java.io.Serializable;
import java.util.UUID;

/**
 * The principal between a correct password and a correct second factor. It is not a
 * {@link CurrentUser} and holds no authorities, so it reaches no protected page or service;
 * only the code page ({@code mustEnrol} false) or the enrolment page (true).
 */
public record PendingLogin(UUID userId, String username, boolean mustEnrol) implements Serializable {
}
