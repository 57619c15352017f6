package nl.voordeur.programme;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.InstallationRolesGranted;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;

/**
 * The privacy officer's second pair of eyes on grants that open residents' files: every time a
 * coordinator or administrator gives someone a role that opens files ({@link Role#OPENS_FILES}: visitor,
 * case manager, specialist, partner, safety officer, privacy officer) in a programme or, at an account's
 * creation, everywhere, the grant waits on the privacy officer's list (and as a count on their start page)
 * until they mark it reviewed. The grant itself takes effect at once, as a team needs; a wrong one
 * is undone by the coordinator or, for the privacy officer role, the administrator.
 */
@Service
@Transactional
public class RoleGrantReviews {


    private final JdbcClient jdbc;
    private final AccessManagement access;
    private final AuditLog auditLog;
    private final Clock clock;

    RoleGrantReviews(JdbcClient jdbc, AccessManagement access, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record RoleGrantView(UUID id, UUID programmeId, UUID userId, String userName, List<Role> roles,
                                UUID grantedBy, String grantedByName, Instant grantedAt) {
    }

    /** Called by the kernteam after a change: keeps the newly given reviewed roles for the privacy officer. */
    void granted(UUID programmeId, UUID userId, Set<Role> before, Set<Role> after, UUID grantedBy) {
        List<String> added = after.stream().filter(r -> r.opensFiles() && !before.contains(r))
                .map(Enum::name).sorted().toList();
        if (added.isEmpty()) return;
        jdbc.sql("""
                INSERT INTO programme.role_grant (id, programme_id, user_id, roles, granted_by, granted_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), programmeId, userId, added.toArray(String[]::new), grantedBy,
                        Timestamp.from(clock.instant())).update();
    }

    /** Roles given for every programme at an account's creation wait for an installation-wide privacy officer. */
    @EventListener
    void on(InstallationRolesGranted event) {
        granted(null, event.userId(), Set.of(), event.roles(), event.grantedBy());
    }

    /** The grants waiting for the current privacy officer, in the programmes where they hold that role. */
    public List<RoleGrantView> unreviewed() {
        List<UUID> programmes = officerProgrammes();
        List<RoleGrantView> open = jdbc.sql("""
                SELECT id, programme_id, user_id, roles, granted_by, granted_at FROM programme.role_grant
                WHERE reviewed_at IS NULL AND (:all OR programme_id = ANY(:programmes)) ORDER BY granted_at, id""")
                .param("all", programmes == null)
                .param("programmes", (programmes == null ? List.<UUID>of() : programmes).toArray(UUID[]::new))
                .query((rs, n) -> new RoleGrantView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), null,
                        Arrays.stream((String[]) rs.getArray(4).getArray()).map(Role::valueOf).toList(),
                        rs.getObject(5, UUID.class), null, rs.getTimestamp(6).toInstant())).list();
        Map<UUID, String> names = access.displayNames(open.stream()
                .flatMap(g -> Stream.of(g.userId(), g.grantedBy())).distinct().toList());
        auditLog.record(AuditRecord.list("RoleGrant", open.stream().map(RoleGrantView::id).toList()));
        return open.stream().map(g -> new RoleGrantView(g.id(), g.programmeId(), g.userId(), names.get(g.userId()),
                g.roles(), g.grantedBy(), names.get(g.grantedBy()), g.grantedAt())).toList();
    }

    /** How many grants wait for the current privacy officer (a count: not audited). */
    @Transactional(readOnly = true)
    public long unreviewedCount() {
        List<UUID> programmes = officerProgrammes();
        return jdbc.sql("""
                SELECT count(*) FROM programme.role_grant
                WHERE reviewed_at IS NULL AND (:all OR programme_id = ANY(:programmes))""")
                .param("all", programmes == null)
                .param("programmes", (programmes == null ? List.<UUID>of() : programmes).toArray(UUID[]::new))
                .query(Long.class).single();
    }

    /** The privacy officer marks a grant as reviewed. */
    public void review(UUID grantId) {
        record Grant(UUID programmeId) {
        }
        UUID programmeId = jdbc.sql("SELECT programme_id FROM programme.role_grant WHERE id = ?").param(grantId)
                .query(Grant.class).optional().orElseThrow(() -> new NotFound("RoleGrant")).programmeId();
        List<UUID> mine = officerProgrammes();
        if (mine != null && (programmeId == null || !mine.contains(programmeId))) throw new NotFound("RoleGrant");
        int marked = jdbc.sql("UPDATE programme.role_grant SET reviewed_by = ?, reviewed_at = ? WHERE id = ? AND reviewed_at IS NULL")
                .params(CurrentUser.require().id(), Timestamp.from(clock.instant()), grantId).update();
        if (marked == 0) throw new DomainRuleViolated("roleGrant.alreadyReviewed", null);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "RoleGrant", grantId).inProgramme(programmeId)
                .withDetails("reviewed"));
    }

    private static List<UUID> officerProgrammes() {
        List<UUID> mine = CurrentUser.require().programmesWithRole(Role.PRIVACY_OFFICER);
        if (mine != null && mine.isEmpty()) throw new Forbidden("privacy officer");
        return mine;
    }
}
