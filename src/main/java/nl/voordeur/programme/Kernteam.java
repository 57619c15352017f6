package nl.voordeur.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.OrganisationView;
import nl.voordeur.access.ProgrammeMemberView;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.access.UserDirectory;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;

/** The kernteam of a programme and its partner organisations. Every change is audited. */
@Service
@Transactional(readOnly = true)
public class Kernteam {

    private final ProgrammeGuard guard;
    private final AccessManagement access;
    private final UserDirectory directory;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final RoleGrantReviews reviews;

    Kernteam(ProgrammeGuard guard, AccessManagement access, UserDirectory directory, JdbcClient jdbc,
             AuditLog auditLog, Clock clock, RoleGrantReviews reviews) {
        this.reviews = reviews;
        this.directory = directory;
        this.guard = guard;
        this.access = access;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<ProgrammeMemberView> members(UUID programmeId) {
        guard.requireMember(programmeId);
        return directory.programmeMembers(programmeId);
    }

    /**
     * Gives a user these roles in the programme (replacing earlier ones there). Nobody changes
     * their own roles, so every grant has a second person behind it; and the privacy officer, who
     * oversees the programme and its coordinator, is appointed or removed by an administrator only.
     */
    @Transactional
    public void setMember(UUID programmeId, UUID userId, Set<Role> roles) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (roles == null || roles.isEmpty()) throw new DomainRuleViolated("kernteam.roles.required", "roles");
        if (roles.contains(Role.ADMIN)) throw new DomainRuleViolated("kernteam.roles.admin", "roles");
        access.requireUsers(Set.of(userId), "userId");
        Set<Role> before = checkGrant(user, programmeId, userId, roles);
        if (roles.contains(Role.VISITOR) && !before.contains(Role.VISITOR) && !user.hasRole(Role.ADMIN)
                && !kernteamOrganisations(programmeId, user).contains(directory.organisationOf(userId).orElse(null))) {
            throw new DomainRuleViolated("kernteam.visitor.organisation", "userId");
        }
        access.setProgrammeRoles(userId, programmeId, roles);
        reviews.granted(programmeId, userId, before, roles, user.id());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "ProgrammeMember", userId).inProgramme(programmeId)
                .withDetails("roles=" + roles.stream().map(Enum::name).sorted().toList()));
    }

    @Transactional
    public void removeMember(UUID programmeId, UUID userId) {
        checkGrant(guard.require(programmeId, Role.ADMIN, Role.COORDINATOR), programmeId, userId, Set.of());
        access.setProgrammeRoles(userId, programmeId, Set.of());
        auditLog.record(AuditRecord.of(AuditAction.DELETE, "ProgrammeMember", userId).inProgramme(programmeId));
    }

    /**
     * The organisations that run the programme on the ground: its partners and the organisations of
     * its coordinators, the one granting included. Only their staff visit homes, unless an
     * administrator decides otherwise.
     */
    private Set<UUID> kernteamOrganisations(UUID programmeId, CurrentUser granting) {
        Set<UUID> organisations = new HashSet<>(jdbc.sql(
                "SELECT organisation_id FROM programme.partner WHERE programme_id = ?").param(programmeId).query(UUID.class).list());
        directory.programmeMembers(programmeId).stream().filter(m -> m.roles().contains(Role.COORDINATOR))
                .forEach(m -> organisations.add(m.organisationId()));
        organisations.add(granting.organisationId());
        return organisations;
    }

    /** Refuses a change to one's own roles, and a coordinator's change to the privacy officer; returns the roles before. */
    private Set<Role> checkGrant(CurrentUser user, UUID programmeId, UUID userId, Set<Role> roles) {
        if (user.id().equals(userId)) throw new DomainRuleViolated("kernteam.roles.self", "userId");
        Set<Role> before = directory.programmeMembers(programmeId).stream().filter(m -> m.userId().equals(userId))
                .findFirst().map(ProgrammeMemberView::roles).orElse(Set.of());
        if (before.contains(Role.PRIVACY_OFFICER) != roles.contains(Role.PRIVACY_OFFICER) && !user.hasRole(Role.ADMIN)) {
            throw new DomainRuleViolated("kernteam.roles.privacyOfficer", "roles");
        }
        return before;
    }

    public List<PartnerView> partners(UUID programmeId) {
        guard.requireMember(programmeId);
        return partnersOf(programmeId);
    }

    /** Partners without an access check, for modules that already checked (e.g. referrals). */
    public List<PartnerView> partnersOf(UUID programmeId) {
        var organisations = access.organisations();
        return jdbc.sql("SELECT organisation_id, priority_response_days FROM programme.partner WHERE programme_id = ?")
                .param(programmeId)
                .query((rs, n) -> {
                    UUID orgId = rs.getObject(1, UUID.class);
                    OrganisationView org = organisations.stream().filter(o -> o.id().equals(orgId)).findFirst()
                            .orElseThrow();
                    return new PartnerView(orgId, org.name(), org.kind(), rs.getInt(2));
                }).list().stream()
                .sorted(Comparator.comparing(PartnerView::organisationName)).toList();
    }

    public Optional<Integer> priorityResponseDays(UUID programmeId, UUID organisationId) {
        return jdbc.sql("SELECT priority_response_days FROM programme.partner WHERE programme_id = ? AND organisation_id = ?")
                .params(programmeId, organisationId).query(Integer.class).optional();
    }

    /** Adds a partner, or changes its priority agreement when it is a partner already. */
    @Transactional
    public void setPartner(UUID programmeId, UUID organisationId, int priorityResponseDays) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (access.organisation(organisationId).isEmpty()) {
            throw new DomainRuleViolated("partner.organisation.unknown", "organisationId");
        }
        if (priorityResponseDays < 1 || priorityResponseDays > 60) {
            throw new DomainRuleViolated("partner.days.range", "priorityResponseDays");
        }
        jdbc.sql("""
                INSERT INTO programme.partner (programme_id, organisation_id, priority_response_days, added_at)
                VALUES (?, ?, ?, ?)
                ON CONFLICT (programme_id, organisation_id) DO UPDATE SET priority_response_days = EXCLUDED.priority_response_days
                """).params(programmeId, organisationId, priorityResponseDays, Timestamp.from(Instant.now(clock))).update();
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "Partner", organisationId).inProgramme(programmeId)
                .withDetails("priorityResponseDays=" + priorityResponseDays));
    }

    @Transactional
    public void removePartner(UUID programmeId, UUID organisationId) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        jdbc.sql("DELETE FROM programme.partner WHERE programme_id = ? AND organisation_id = ?")
                .params(programmeId, organisationId).update();
        auditLog.record(AuditRecord.of(AuditAction.DELETE, "Partner", organisationId).inProgramme(programmeId));
    }
}
