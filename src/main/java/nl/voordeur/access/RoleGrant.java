package nl.voordeur.access;

import java.io.Serializable;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/** A role held everywhere ({@code programmeId == null}) or in one programme. */
@Table(schema = "access", name = "role_grant")
public record RoleGrant(Role role, UUID programmeId) implements Serializable {

    public static RoleGrant global(Role role) {
        return new RoleGrant(role, null);
    }

    public boolean appliesTo(UUID programme) {
        return programmeId == null || programmeId.equals(programme);
    }
}
