package nl.voordeur.access;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

@Table(schema = "access", name = "organisation")
class Organisation {

    @Id
    private final UUID id;
    private final String name;
    private final OrganisationKind kind;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    Organisation(UUID id, String name, OrganisationKind kind, Instant createdAt, Integer version) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.createdAt = createdAt;
        this.version = version;
    }

    static Organisation create(String name, OrganisationKind kind, Instant now) {
        return new Organisation(UUID.randomUUID(), name.strip(), kind, now, null);
    }

    UUID id() { return id; }

    String name() { return name; }

    OrganisationKind kind() { return kind; }

    OrganisationView view() {
        return new OrganisationView(id, name, kind);
    }
}
