package nl.voordeur.access;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/** Organisations and users. Every read or change of a user record is audited. */
@Service
@Transactional(readOnly = true)
public class AccessManagement {

    private static final String USER = "UserAccount";

    private final OrganisationRepository organisations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog auditLog;
    private final Clock clock;
    private final PageSessions pageSessions;
    private final ApiTokens apiTokens;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;

    AccessManagement(OrganisationRepository organisations, UserAccountRepository users,
                     PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy, AuditLog auditLog, Clock clock,
                     PageSessions pageSessions, ApiTokens apiTokens, JdbcClient jdbc, ApplicationEventPublisher events,
                     LoginThrottle throttle) {
        this.throttle = throttle;
        this.jdbc = jdbc;
        this.events = events;
        this.organisations = organisations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.auditLog = auditLog;
        this.clock = clock;
        this.pageSessions = pageSessions;
        this.apiTokens = apiTokens;
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public OrganisationView createOrganisation(String name, OrganisationKind kind) {
        if (name == null || name.isBlank()) throw new DomainRuleViolated("organisation.name.required", "name");
        if (kind == null) throw new DomainRuleViolated("organisation.kind.required", "kind");
        if (organisations.existsByNameIgnoringCase(name.strip())) {
            throw new DomainRuleViolated("organisation.name.taken", "name");
        }
        Organisation created = organisations.save(Organisation.create(name, kind, Instant.now(clock)));
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "Organisation", created.id()));
        return created.view();
    }

    /** Organisation names and kinds are not personal data: every logged-in user may list them. */
    public List<OrganisationView> organisations() {
        return organisations.findAllByName().stream().map(Organisation::view).toList();
    }

    public Optional<OrganisationView> organisation(UUID id) {
        return organisations.findById(id).map(Organisation::view);
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public UserView createUser(NewUser command) {
        validate(command);
        UserAccount account = UserAccount.create(command.username(), passwordEncoder.encode(command.password()),
                command.displayName(), command.organisationId(), command.specialism(),
                command.roles() == null ? Set.of()
                        : command.roles().stream().map(RoleGrant::global).collect(Collectors.toSet()),
                Instant.now(clock));
        UserAccount saved = users.save(account);
        auditLog.record(AuditRecord.of(AuditAction.CREATE, USER, saved.id())
                .withDetails(command.roles() == null || command.roles().isEmpty() ? null
                        : "roles=" + command.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        if (command.roles() != null && !command.roles().isEmpty()) {
            events.publishEvent(new InstallationRolesGranted(saved.id(), Set.copyOf(command.roles()),
                    CurrentUser.require().id()));
        }
        return view(saved);
    }

    private void validate(NewUser command) {
        if (command.username() == null || !command.username().strip().matches("[A-Za-z0-9._@-]{3,64}")) {
            throw new DomainRuleViolated("user.username.invalid", "username");
        }
        if (users.existsByUsername(command.username().strip())) {
            throw new DomainRuleViolated("user.username.taken", "username");
        }
        if (command.displayName() == null || command.displayName().isBlank()) {
            throw new DomainRuleViolated("user.displayName.required", "displayName");
        }
        if (command.organisationId() == null || !organisations.existsById(command.organisationId())) {
            throw new DomainRuleViolated("user.organisation.unknown", "organisationId");
        }
        if (command.roles() != null && Role.mixesCouncilWithFiles(command.roles())) {
            throw new DomainRuleViolated("user.roles.councilOpensNoFiles", "roles");
        }
        // the demo accounts, which the application seeds itself, have the password product.md fixes and
        // every start prints: it names the product, so only the context rule is left out for them
        if (CurrentUser.require().id().equals(CurrentUser.system().id())) passwordPolicy.checkWithoutContext(command.password());
        else passwordPolicy.check(command.password(), command.username());
    }

    /** The user list, as one audited list view naming every user shown. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public PageResult<UserView> users(Paging paging) {
        Set<String> locked = throttle.lockedAccounts();
        // locked accounts first: the administrator is told of them and unlocks them from here
        List<UserAccount> all = users.findAll().stream()
                .sorted(Comparator.comparing((UserAccount a) -> !locked.contains(a.username()))
                        .thenComparing(UserAccount::username)).toList();
        Map<UUID, Organisation> orgs = organisations.findAll().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        List<UserView> page = all.stream().skip(paging.offset()).limit(paging.size())
                .map(account -> view(account, orgs.get(account.organisationId()), locked)).toList();
        auditLog.record(AuditRecord.list(USER, page.stream().map(UserView::id).toList()));
        return new PageResult<>(page, all.size());
    }

    /** One user's record; an administrator may read any, everyone may read their own. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMIN') or #id == principal.id")
    public UserView user(UUID id) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFound(USER));
        auditLog.record(AuditRecord.of(AuditAction.READ, USER, id));
        return view(account);
    }

    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public UserView setEnabled(UUID id, boolean enabled, int expectedVersion) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFound(USER));
        if (account.version() != expectedVersion) throw new ConcurrentEdit(USER);
        account.setEnabled(enabled);
        UserAccount saved = save(account);
        if (!enabled) signOutEverywhere(saved);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, USER, id).withDetails("enabled=" + enabled));
        return view(saved);
    }

    /**
     * Lifts the lock that a clear attack put on the user's login, and forgets the failures that caused
     * it: the rightful user logs in again with their password. Nothing to lift is no error.
     */
    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public void unlock(UUID id) {
        UserAccount account = users.findById(id).orElseThrow(() -> new NotFound(USER));
        boolean wasLocked = throttle.unlock(account.username());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, USER, id).withDetails(wasLocked ? "unlocked" : "unlock: was not locked"));
    }

    /** A disabled user is out at once: every page session on every instance and every API token. */
    private void signOutEverywhere(UserAccount account) {
        pageSessions.endAll(account.username());
        apiTokens.revokeAll(account.id());
    }

    /** Gives the user these roles in one programme, replacing the roles they had there. */
    @Transactional
    @PreAuthorize("hasAnyAuthority('ADMIN', 'COORDINATOR')")
    public void setProgrammeRoles(UUID userId, UUID programmeId, Set<Role> roles) {
        UserAccount account = users.findById(userId).orElseThrow(() -> new NotFound(USER));
        Set<Role> everywhere = account.roles().stream().filter(g -> !programmeId.equals(g.programmeId()))
                .map(RoleGrant::role).collect(Collectors.toCollection(HashSet::new));
        everywhere.addAll(roles);
        if (Role.mixesCouncilWithFiles(everywhere)) throw new DomainRuleViolated("user.roles.councilOpensNoFiles", "roles");
        boolean own = CurrentUser.get().map(u -> u.id().equals(userId)).orElse(false);
        long stampBefore = apiTokens.stamp(userId);
        account.revokeAllIn(programmeId);
        roles.forEach(role -> account.grant(new RoleGrant(role, programmeId)));
        save(account);
        // page sessions pick up the change on their next request (Principals); the user's API tokens
        // end with the stamp the change bumps (access V6), so an API client must log in again, except
        // after a change the user made themselves (a coordinator creating a programme becomes its coordinator)
        if (own) apiTokens.carryForward(userId, stampBefore);
        else apiTokens.revokeAll(userId);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, USER, userId).inProgramme(programmeId)
                .withDetails("roles=" + roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
    }

    /**
     * Display names for ids, for other modules' views; no audit: staff names, not case data. Only
     * the names are read: loading the accounts as aggregates also read each one's role grants, and
     * cost a household file more than all its own rows.
     */
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        if (ids.isEmpty()) return Map.of();
        return jdbc.sql("SELECT id, display_name FROM access.user_account WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Refuses references to users that do not exist, naming the input they came in (422): every
     * user id a request names (a co-visitor, a case owner, a new kernteam member) is checked here.
     */
    public void requireUsers(Collection<UUID> ids, String field) {
        if (ids == null || ids.isEmpty()) return;
        Set<UUID> distinct = new HashSet<>(ids);
        if (distinct.contains(null) || displayNames(distinct).size() != distinct.size()) {
            throw new DomainRuleViolated("reference.user.unknown", field);
        }
    }

    /** Refuses a reference to an organisation that does not exist, naming the input it came in (422). */
    public void requireOrganisation(UUID id, String field) {
        if (id == null || !organisations.existsById(id)) throw new DomainRuleViolated("reference.organisation.unknown", field);
    }

    public boolean anyUserExists() {
        return users.count() > 0;
    }

    private UserAccount save(UserAccount account) {
        try {
            return users.save(account);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentEdit(USER);
        }
    }

    private UserView view(UserAccount account) {
        return view(account, organisations.findById(account.organisationId()).orElse(null),
                throttle.isLocked(account.username()) ? Set.of(LoginThrottle.account(account.username())) : Set.of());
    }

    static UserView view(UserAccount account, Organisation org, Set<String> lockedAccounts) {
        List<RoleGrant> roles = account.roles().stream()
                .sorted(Comparator.comparing((RoleGrant g) -> g.role().name())
                        .thenComparing(g -> String.valueOf(g.programmeId())))
                .toList();
        return new UserView(account.id(), account.username(), account.displayName(), account.organisationId(),
                org == null ? null : org.name(), org == null ? null : org.kind(), account.specialism(),
                account.enabled(), lockedAccounts.contains(LoginThrottle.account(account.username())), roles,
                account.createdAt(), account.version());
    }
}
