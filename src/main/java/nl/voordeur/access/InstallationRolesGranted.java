package nl.voordeur.access;

import java.util.Set;
import java.util.UUID;

/** Roles given to an account for every programme at once (at its creation), for the privacy officer's review. */
public record InstallationRolesGranted(UUID userId, Set<Role> roles, UUID grantedBy) {
}
