package nl.voordeur.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A user as an administrator sees it. Never carries the password hash. */
public record UserView(UUID id, String username, String displayName, UUID organisationId, String organisationName,
                       OrganisationKind organisationKind, Specialism specialism, boolean enabled,
                       List<RoleGrant> roles, Instant createdAt, int version) {
}
