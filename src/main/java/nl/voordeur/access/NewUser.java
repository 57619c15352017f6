package nl.voordeur.access;

import java.util.Set;
import java.util.UUID;

/** What it takes to create a user. Roles given here hold in every programme. */
public record NewUser(String username, String password, String displayName, UUID organisationId,
                      Specialism specialism, Set<Role> roles) {
}
