package nl.voordeur.address;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.ProgrammeMemberView;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.Paging;

/** Who visits which addresses, each visitor's walk list, and the outreach funnel. */
@Service
@Transactional
public class VisitPlanning {

    /** Street, then the odd side up, then the even side, then number, letter and addition. */
    static final String WALKING_ORDER = "a.street, (a.house_number % 2 = 0), a.house_number, a.house_letter, a.addition";
    static final String OPEN_STATUSES = "('IN_SCOPE', 'ANNOUNCED', 'NOT_HOME', 'APPOINTMENT_MADE')";

    private final ProgrammeGuard guard;
    private final Kernteam kernteam;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AddressAccess addressAccess;

    VisitPlanning(ProgrammeGuard guard, Kernteam kernteam, JdbcClient jdbc, AuditLog auditLog, Clock clock,
                  AddressAccess addressAccess) {
        this.guard = guard;
        this.addressAccess = addressAccess;
        this.kernteam = kernteam;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public enum Side { ALL, ODD, EVEN }

    /** Assigns a street, or a range of numbers on one side of it, to one or two visitors. */
    public int assignRange(UUID programmeId, String street, Integer from, Integer to, Side side, Set<UUID> visitorIds) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        List<UUID> addressIds = jdbc.sql("""
                SELECT id FROM address.address a WHERE programme_id = ? AND in_scope AND street = ?
                  AND house_number BETWEEN ? AND ? AND (? = 'ALL' OR (house_number % 2 = 1) = (? = 'ODD'))""")
                .params(programmeId, street, from == null ? 0 : from, to == null ? 99999 : to, side.name(), side.name())
                .query(UUID.class).list();
        return assign(programmeId, visitorIds, addressIds);
    }

    /** Makes these visitors the ones who visit these addresses (replacing earlier visitors). */
    public int assign(UUID programmeId, Set<UUID> visitorIds, List<UUID> addressIds) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (visitorIds == null || visitorIds.isEmpty()) throw new DomainRuleViolated("assignment.visitors.required", "visitorIds");
        Set<UUID> visitors = kernteam.members(programmeId).stream().filter(m -> m.roles().contains(Role.VISITOR))
                .map(ProgrammeMemberView::userId).collect(Collectors.toSet());
        if (!visitors.containsAll(visitorIds)) throw new DomainRuleViolated("assignment.visitors.notInTeam", "visitorIds");
        UUID[] ids = addressIds.toArray(UUID[]::new);
        long inProgramme = jdbc.sql("SELECT count(*) FROM address.address WHERE programme_id = ? AND id = ANY(?)")
                .params(programmeId, ids).query(Long.class).single();
        if (inProgramme != ids.length) throw new DomainRuleViolated("assignment.addresses.unknown", "addressIds");
        jdbc.sql("DELETE FROM address.assignment WHERE address_id = ANY(?)").param(ids).update();
        for (UUID visitor : visitorIds) {
            jdbc.sql("INSERT INTO address.assignment (address_id, visitor_id, assigned_at) SELECT unnest(?::uuid[]), ?, ?")
                    .params(ids, visitor, Timestamp.from(Instant.now(clock))).update();
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "Assignment", null).inProgramme(programmeId)
                .withDetails("visitors=" + visitorIds + ";addresses=" + ids.length));
        return ids.length;
    }

    /** A page of the current visitor's open addresses in walking order; audited as the page shown. */
    /** Addresses per street on the walk-list page before "more of this street". */
    public static final int PER_STREET = 12;

    /**
     * The visitor's walk list by street, in walking order: per street its first
     * {@link #PER_STREET} addresses and its count. {@code all}: every assigned address, not only
     * those still to do. One statement; the page shows one street's rest with {@link #walkStreet}.
     */
    public List<WalkStreet> walkListByStreet(UUID programmeId, boolean all) {
        CurrentUser user = guard.require(programmeId, Role.VISITOR);
        List<Object[]> rows = jdbc.sql("SELECT * FROM (SELECT " + AddressRegister.COLUMNS
                        + ", a.last_attempt_daypart, a.attempt_count, count(*) OVER (PARTITION BY a.street) AS street_total, "
                        + "row_number() OVER (PARTITION BY a.street ORDER BY " + WALKING_ORDER + ", a.id) AS place "
                        + walkFrom(all) + ") w WHERE w.place <= ? ORDER BY w.street, w.place")
                .params(user.id(), programmeId, PER_STREET)
                .query((rs, n) -> new Object[] {item(rs, n), rs.getLong("street_total")}).list();
        Map<String, WalkStreet> streets = new LinkedHashMap<>();
        for (Object[] row : rows) {
            WalkListItem item = (WalkListItem) row[0];
            streets.computeIfAbsent(item.address().street(), s -> new WalkStreet(s, (Long) row[1], new ArrayList<>()))
                    .items().add(item);
        }
        auditWalkList(programmeId, rows.stream().map(r -> ((WalkListItem) r[0]).address().id()).toList());
        return List.copyOf(streets.values());
    }

    /** One street of the walk list, a page at a time. */
    public PageResult<WalkListItem> walkStreet(UUID programmeId, String street, boolean all, Paging paging) {
        CurrentUser user = guard.require(programmeId, Role.VISITOR);
        String from = walkFrom(all) + " AND a.street = ?";
        List<WalkListItem> items = jdbc.sql("SELECT " + AddressRegister.COLUMNS + ", a.last_attempt_daypart, a.attempt_count "
                        + from + " ORDER BY " + WALKING_ORDER + ", a.id LIMIT ? OFFSET ?")
                .params(user.id(), programmeId, street, paging.size(), paging.offset()).query(this::item).list();
        auditWalkList(programmeId, items.stream().map(i -> i.address().id()).toList());
        return PageResult.of(items, paging,
                () -> jdbc.sql("SELECT count(*) " + from).params(user.id(), programmeId, street).query(Long.class).single());
    }

    /** One address of the visitor's walk list, as the page shows it again after an undo. */
    public WalkListItem walkListItem(UUID programmeId, UUID addressId) {
        addressAccess.require(programmeId, addressId); // whoever may record at the address sees its card
        return jdbc.sql("SELECT " + AddressRegister.COLUMNS + ", a.last_attempt_daypart, a.attempt_count "
                        + "FROM address.address a WHERE a.programme_id = ? AND a.id = ?")
                .params(programmeId, addressId).query(this::item).optional()
                .orElseThrow(() -> new NotFound("Address"));
    }

    private static String walkFrom(boolean all) {
        return "FROM address.address a JOIN address.assignment s ON s.address_id = a.id AND s.visitor_id = ? "
                + "WHERE a.programme_id = ? AND a.in_scope" + (all ? "" : " AND a.status IN " + OPEN_STATUSES);
    }

    private WalkListItem item(ResultSet rs, int n) throws SQLException {
        String daypart = rs.getString("last_attempt_daypart");
        return new WalkListItem(AddressRegister.VIEW.mapRow(rs, n), daypart == null ? null : Daypart.valueOf(daypart),
                rs.getInt("attempt_count"));
    }

    private void auditWalkList(UUID programmeId, List<UUID> shown) {
        auditLog.record(AuditRecord.list("Address", shown).inProgramme(programmeId).because("walk list"));
    }

    /** The whole walk list still to do, in walking order, a page at a time (the API's). */
    public PageResult<WalkListItem> walkList(UUID programmeId, Paging paging) {
        CurrentUser user = guard.require(programmeId, Role.VISITOR);
        List<WalkListItem> items = jdbc.sql("SELECT " + AddressRegister.COLUMNS + ", a.last_attempt_daypart, a.attempt_count "
                        + walkFrom(false) + " ORDER BY " + WALKING_ORDER + ", a.id LIMIT ? OFFSET ?")
                .params(user.id(), programmeId, paging.size(), paging.offset()).query(this::item).list();
        auditWalkList(programmeId, items.stream().map(i -> i.address().id()).toList());
        return PageResult.of(items, paging,
                () -> jdbc.sql("SELECT count(*) " + walkFrom(false)).params(user.id(), programmeId).query(Long.class).single());
    }

    /** Exact figures, for the kernteam's planning; the council reads the report, whose counts are disclosed safely. */
    @Transactional(readOnly = true)
    public OutreachFigures figures(UUID programmeId) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        return jdbc.sql("""
                SELECT count(*) FILTER (WHERE a.status NOT IN ('VACANT', 'NOT_RESIDENTIAL', 'MOVED')) AS households,
                       count(*) FILTER (WHERE a.status NOT IN ('VACANT', 'NOT_RESIDENTIAL', 'MOVED') AND (a.first_visit_at IS NOT NULL
                           OR EXISTS (SELECT 1 FROM address.contact_attempt c WHERE c.address_id = a.id
                                      AND c.outcome IN ('APPOINTMENT_MADE', 'DOORSTEP_CONTACT', 'REFUSED')))) AS contacted,
                       count(*) FILTER (WHERE a.status NOT IN ('VACANT', 'NOT_RESIDENTIAL', 'MOVED')
                           AND a.first_visit_at IS NOT NULL) AS visited
                FROM address.address a WHERE a.programme_id = ? AND a.in_scope""")
                .param(programmeId)
                .query((rs, n) -> new OutreachFigures(rs.getLong("households"), rs.getLong("contacted"), rs.getLong("visited")))
                .single();
    }

    /** How many open addresses the current visitor still has in the programme (no personal data). */
    @Transactional(readOnly = true)
    public long openCount(UUID programmeId, UUID visitorId) {
        return jdbc.sql("SELECT count(*) FROM address.address a JOIN address.assignment s ON s.address_id = a.id "
                        + "WHERE s.visitor_id = ? AND a.programme_id = ? AND a.in_scope AND a.status IN " + OPEN_STATUSES)
                .params(visitorId, programmeId).query(Long.class).single();
    }

    /** The visitors assigned to an address (the pair that goes there), for the visit form. */
    @Transactional(readOnly = true)
    public List<UUID> assignedVisitors(UUID addressId) {
        return jdbc.sql("SELECT visitor_id FROM address.assignment WHERE address_id = ?").param(addressId)
                .query(UUID.class).list();
    }

    /** Visitors of the programme, for the assignment form. */
    @Transactional(readOnly = true)
    public List<ProgrammeMemberView> visitors(UUID programmeId) {
        return kernteam.members(programmeId).stream().filter(m -> m.roles().contains(Role.VISITOR)).toList();
    }
}
