package nl.voordeur.access;

import java.time.Instant;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** A person who logs in. Its roles are held everywhere or per programme. */
@Table(schema = "access", name = "user_account")
class UserAccount {

    @Id
    private final UUID id;
    private final String username;
    private String passwordHash;
    private String displayName;
    private final UUID organisationId;
    private Specialism specialism;
    private boolean enabled;
    @MappedCollection(idColumn = "user_id")
    private final Set<RoleGrant> roles;
    private final Instant createdAt;
    @Version
    private Integer version;

    @PersistenceCreator
    UserAccount(UUID id, String username, String passwordHash, String displayName, UUID organisationId,
                Specialism specialism, boolean enabled, Set<RoleGrant> roles, Instant createdAt, Integer version) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.specialism = specialism;
        this.enabled = enabled;
        this.roles = new HashSet<>(roles == null ? Set.of() : roles);
        this.createdAt = createdAt;
        this.version = version;
    }

    static UserAccount create(String username, String passwordHash, String displayName, UUID organisationId,
                              Specialism specialism, Set<RoleGrant> roles, Instant now) {
        return new UserAccount(UUID.randomUUID(), username.strip().toLowerCase(Locale.ROOT), passwordHash,
                displayName.strip(), organisationId, specialism, true, roles, now, null);
    }

    void grant(RoleGrant grant) {
        roles.add(grant);
    }

    void revokeAllIn(UUID programmeId) {
        roles.removeIf(g -> programmeId.equals(g.programmeId()));
    }

    void setEnabled(boolean value) {
        this.enabled = value;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    UUID id() { return id; }

    String username() { return username; }

    String passwordHash() { return passwordHash; }

    String displayName() { return displayName; }

    UUID organisationId() { return organisationId; }

    Specialism specialism() { return specialism; }

    boolean enabled() { return enabled; }

    Set<RoleGrant> roles() { return Set.copyOf(roles); }

    Instant createdAt() { return createdAt; }

    Integer version() { return version; }
}
