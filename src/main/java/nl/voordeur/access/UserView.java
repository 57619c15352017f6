package nl.voordeur.access;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A user as an administrator sees it. Never carries the password hash. {@code locked}: the login is
 * locked after a clear attack (many failures from many addresses) until an administrator unlocks it.
 */
public record UserView(UUID id, String username, String displayName, UUID organisationId, String organisationName,
                       OrganisationKind organisationKind, Specialism specialism, boolean enabled, boolean locked,
                       List<RoleGrant> roles, Instant createdAt, int version) {
}
