package nl.voordeur.programme;

import java.util.Arrays;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;

/**
 * Who may do what in a programme. A user without any role in the programme is told it does
 * not exist (404), so programme ids reveal nothing; a member without the needed role gets 403.
 */
@Component
public class ProgrammeGuard {

    private final ProgrammeRepository programmes;

    ProgrammeGuard(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** The current user, after checking they hold one of these roles in the programme. */
    public CurrentUser require(UUID programmeId, Role... anyOf) {
        CurrentUser user = requireMember(programmeId);
        if (!holdsAny(user, programmeId, anyOf)) throw new Forbidden("role in programme");
        return user;
    }

    /** The current user, after checking they hold some role in the programme. */
    public CurrentUser requireMember(UUID programmeId) {
        CurrentUser user = CurrentUser.require();
        if (!isMember(user, programmeId) || !programmes.existsById(programmeId)) throw new NotFound("Programme");
        return user;
    }

    public boolean holdsAny(CurrentUser user, UUID programmeId, Role... anyOf) {
        return Arrays.stream(anyOf).anyMatch(role -> user.hasRole(role, programmeId));
    }

    static boolean isMember(CurrentUser user, UUID programmeId) {
        return user.hasRole(Role.ADMIN) || user.grants().stream().anyMatch(g -> g.appliesTo(programmeId));
    }
}
