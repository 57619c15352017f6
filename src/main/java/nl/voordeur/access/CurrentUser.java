package nl.voordeur.access;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

import nl.voordeur.audit.AuditActor;
import nl.voordeur.audit.AuditScope;

/**
 * The logged-in user as every module sees it: who, which organisation, which roles where.
 * Authorities are the role names the user holds anywhere; programme-scoped checks use
 * {@link #hasRole(Role, UUID)}.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer, AuditActor {

    /** Stored (Java-serialised) in the page session in the database; bump when the fields change. */
    private static final long serialVersionUID = 2L;

    private final UUID id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final UUID organisationId;
    private final OrganisationKind organisationKind;
    private final Specialism specialism;
    private final Set<RoleGrant> grants;
    private final boolean enabled;
    private final boolean secondFactor;
    /** The account's security stamp when this principal was read (-1: unknown); see {@link Principals}. */
    private final long securityStamp;

    CurrentUser(UserAccount account, OrganisationKind organisationKind) {
        this(account.id(), account.username(), account.passwordHash(), account.displayName(),
                account.organisationId(), organisationKind, account.specialism(), account.roles(), account.enabled(),
                false, -1);
    }

    /** A principal as {@link Principals} reads it: no password, no second factor yet. */
    CurrentUser(UUID id, String username, String displayName, UUID organisationId, OrganisationKind organisationKind,
                Specialism specialism, Set<RoleGrant> grants, boolean enabled, long securityStamp) {
        this(id, username, null, displayName, organisationId, organisationKind, specialism, grants, enabled, false,
                securityStamp);
    }

    private CurrentUser(UUID id, String username, String passwordHash, String displayName, UUID organisationId,
                        OrganisationKind organisationKind, Specialism specialism, Set<RoleGrant> grants,
                        boolean enabled, boolean secondFactor, long securityStamp) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.organisationId = organisationId;
        this.organisationKind = organisationKind;
        this.specialism = specialism;
        this.grants = grants;
        this.enabled = enabled;
        this.secondFactor = secondFactor;
        this.securityStamp = securityStamp;
    }

    /** The same user, having also passed a second factor (TOTP, or the identity provider's MFA). */
    CurrentUser withSecondFactor() {
        return new CurrentUser(id, username, null, displayName, organisationId, organisationKind, specialism, grants,
                enabled, true, securityStamp);
    }

    /** Whether this login passed a second factor; operations on others' factors require it. */
    public boolean passedSecondFactor() { return secondFactor; }

    /** Whether any role of this user sees personal data (all but COUNCIL): then two-factor is required. */
    public boolean seesPersonalData() {
        return grants.stream().anyMatch(g -> g.role() != Role.COUNCIL);
    }

    /**
     * The application itself, for start-up work such as the demo data: it holds the roles that
     * work needs everywhere, but cannot log in.
     */
    static CurrentUser system() {
        return new CurrentUser(new UUID(0, 0), "system", null, "Voordeur", null, OrganisationKind.OTHER, null,
                Set.of(RoleGrant.global(Role.ADMIN), RoleGrant.global(Role.COORDINATOR), RoleGrant.global(Role.VISITOR),
                        RoleGrant.global(Role.CASE_MANAGER)), false, false, -1);
    }

    /** The user of the current request, if one is logged in. */
    public static Optional<CurrentUser> get() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? Optional.of(user) : Optional.empty();
    }

    /** The user of the current request; fails when nobody is logged in. */
    public static CurrentUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("not logged in"));
    }

    public UUID id() { return id; }

    long securityStamp() { return securityStamp; }

    @Override
    public UUID userId() { return id; }

    @Override
    public String username() { return username; }

    public String displayName() { return displayName; }

    @Override
    public UUID organisationId() { return organisationId; }

    public OrganisationKind organisationKind() { return organisationKind; }

    public Optional<Specialism> specialism() { return Optional.ofNullable(specialism); }

    public Set<RoleGrant> grants() { return grants; }


    public boolean hasRole(Role role) {
        return grants.stream().anyMatch(g -> g.role() == role);
    }

    public boolean hasRole(Role role, UUID programmeId) {
        return grants.stream().anyMatch(g -> g.role() == role && g.appliesTo(programmeId));
    }

    /**
     * The programmes in which the user holds this role: {@code null} when they hold it everywhere
     * (a grant without a programme), empty when nowhere.
     */
    public List<UUID> programmesWithRole(Role role) {
        if (grants.contains(RoleGrant.global(role))) return null;
        return grants.stream().filter(g -> g.role() == role).map(RoleGrant::programmeId).toList();
    }

    @Override
    public AuditScope auditScope() {
        if (grants.contains(RoleGrant.global(Role.PRIVACY_OFFICER))) return AuditScope.all();
        return AuditScope.of(grants.stream().filter(g -> g.role() == Role.PRIVACY_OFFICER)
                .map(RoleGrant::programmeId).collect(Collectors.toSet()));
    }

    @Override
    public Set<String> roleNames() {
        return grants.stream().map(g -> g.role().name()).collect(Collectors.toSet());
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roleNames().stream().map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return username; }

    @Override
    public boolean isEnabled() { return enabled; }

    @Override
    public void eraseCredentials() { passwordHash = null; }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() { return id.hashCode(); }

    @Override
    public String toString() { return "CurrentUser[" + id + "]"; }
}
