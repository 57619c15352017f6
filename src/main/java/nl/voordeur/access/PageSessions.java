package nl.voordeur.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

import java.util.HashSet;

/**
 * The page sessions of one user, wherever they were opened: Spring Session keeps them in the
 * database, indexed by the principal's username, so one call ends them on every instance.
 */
@Component
class PageSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<?>> repository;

    PageSessions(ObjectProvider<FindByIndexNameSessionRepository<?>> repository) {
        this.repository = repository;
    }

    /** Deletes every page session of this user; their next request goes to the login page. Returns how many. */
    int endAll(String username) {
        return endAllExcept(username, null);
    }

    /** As {@link #endAll}, but the session with this id (the caller's own) stays. */
    int endAllExcept(String username, String keep) {
        FindByIndexNameSessionRepository<?> sessions = repository.getIfAvailable();
        if (sessions == null) return 0;
        var ids = new HashSet<>(sessions.findByPrincipalName(username).keySet());
        if (keep != null) ids.remove(keep);
        ids.forEach(sessions::deleteById);
        return ids.size();
    }
}
