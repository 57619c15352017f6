package nl.voordeur.access;

import java.util.UUID;

public record OrganisationView(UUID id, String name, OrganisationKind kind) {
}
