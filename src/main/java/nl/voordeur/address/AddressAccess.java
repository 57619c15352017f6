package nl.voordeur.address;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.NotFound;

/**
 * Who sees which address: the programme's coordinators and administrators see all of them,
 * a visitor only the addresses assigned to them. Anyone else is told the address does not exist.
 */
@Component
public class AddressAccess {

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;

    AddressAccess(ProgrammeGuard guard, JdbcClient jdbc) {
        this.guard = guard;
        this.jdbc = jdbc;
    }

    boolean seesWholeList(CurrentUser user, UUID programmeId) {
        return guard.holdsAny(user, programmeId, Role.ADMIN, Role.COORDINATOR);
    }

    /** Checks the current user may see (and record at) this address; returns the user. */
    CurrentUser require(UUID programmeId, UUID addressId) {
        CurrentUser user = guard.requireMember(programmeId);
        if (seesWholeList(user, programmeId)) return user;
        if (guard.holdsAny(user, programmeId, Role.VISITOR) && isAssigned(addressId, user.id())) return user;
        throw new NotFound("Address");
    }

    public boolean isAssigned(UUID addressId, UUID visitorId) {
        return jdbc.sql("SELECT count(*) > 0 FROM address.assignment WHERE address_id = ? AND visitor_id = ?")
                .params(addressId, visitorId).query(Boolean.class).single();
    }

    /** Whether the coordinator assigned this address (to anyone) at or after the moment: a fresh assignment. */
    public boolean assignedSince(UUID addressId, Instant since) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM address.assignment WHERE address_id = ? AND assigned_at >= ?)")
                .params(addressId, Timestamp.from(since)).query(Boolean.class).single();
    }

    UUID programmeOf(UUID addressId) {
        return jdbc.sql("SELECT programme_id FROM address.address WHERE id = ?").param(addressId)
                .query(UUID.class).optional().orElseThrow(() -> new NotFound("Address"));
    }
}
