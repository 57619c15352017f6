package nl.voordeur.access;

import java.util.Set;
import java.util.UUID;

/** A user with the roles they hold in one programme. */
public record ProgrammeMemberView(UUID userId, String username, String displayName, UUID organisationId,
                                  String organisationName, OrganisationKind organisationKind,
                                  Specialism specialism, Set<Role> roles) {
}
