package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.address.AddressAccess;
import nl.voordeur.access.Role;
import nl.voordeur.audit.RequestAuditMarks;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.NotFound;

/**
 * Who may open a household's file: a visitor assigned to its address or who visited it, for a
 * term after the latest visit or planned revisit, and the household's own case manager. A
 * household without a case manager is read by nobody but its visitors until a case manager takes
 * it or the coordinator appoints one; until then the case managers see it only as metadata (see
 * {@code support.FreeHouseholds}). Coordinators see figures, not files. In an emergency a visitor, case manager or safety officer of
 * the programme may open any of its files for three hours (see {@link EmergencyAccess}).
 * Everyone else is told the household does not exist.
 */
@Component
public class HouseholdAccess {

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AddressAccess addresses;
    private final BreakGlassGrants emergencyGrants;
    private final Clock clock;
    private final int visitorAccessDays;

    HouseholdAccess(ProgrammeGuard guard, JdbcClient jdbc, AddressAccess addresses, BreakGlassGrants emergencyGrants,
                    Clock clock, HouseholdProperties properties) {
        this.visitorAccessDays = properties.visitorAccessDays();
        this.guard = guard;
        this.jdbc = jdbc;
        this.addresses = addresses;
        this.emergencyGrants = emergencyGrants;
        this.clock = clock;
    }

    /** The household's programme and address, after checking the current user may read its file. */
    public HouseholdRef requireFile(UUID householdId) {
        HouseholdRef ref = ref(householdId);
        CurrentUser user = guard.requireMember(ref.programmeId());
        if (canRead(user, ref)) return ref;
        throw new NotFound("Household");
    }

    /**
     * The household's case work (cases and plans, referrals): its case managers and users with a
     * running emergency grant. Its visitors record visits and questions but do not read the case work.
     */
    public HouseholdRef requireCaseFile(UUID householdId) {
        HouseholdRef ref = ref(householdId);
        CurrentUser user = guard.requireMember(ref.programmeId());
        if (canReadCaseWork(user, ref)) return ref;
        throw new NotFound("Household");
    }

    /** Whether the user may read the household's case work (see {@link #requireCaseFile}). */
    public boolean canReadCaseWork(CurrentUser user, HouseholdRef ref) {
        return readsCaseWork(user, ref) || (!readsRegularly(user, ref) && canRead(user, ref));
    }

    private boolean readsCaseWork(CurrentUser user, HouseholdRef ref) {
        return user.id().equals(ref.caseManagerId()) && guard.holdsAny(user, ref.programmeId(), Role.CASE_MANAGER);
    }

    /**
     * True for the regular readers, and for a user with a running emergency grant (break-glass);
     * in that case the rest of the request is audited as break-glass with the grant's reason.
     */
    public boolean canRead(CurrentUser user, HouseholdRef ref) {
        if (readsRegularly(user, ref)) return true;
        if (!guard.holdsAny(user, ref.programmeId(), EmergencyAccess.MAY_BREAK_GLASS)) return false;
        var grant = emergencyGrants.active(ref.id(), user.id(), clock.instant());
        grant.ifPresent(g -> RequestAuditMarks.set(g.reason()));
        return grant.isPresent();
    }

    /** True for the household's own readers: its visitors and its case manager. */
    boolean readsRegularly(CurrentUser user, HouseholdRef ref) {
        if (readsCaseWork(user, ref)) return true;
        return guard.holdsAny(user, ref.programmeId(), Role.VISITOR) && visitedOrAssigned(user.id(), ref);
    }

    private boolean visitedOrAssigned(UUID userId, HouseholdRef ref) {
        if (!withinVisitorTerm(ref)) return false;
        return addresses.isAssigned(ref.addressId(), userId) || jdbc.sql(
                "SELECT EXISTS (SELECT 1 FROM household.visit WHERE household_id = ? AND ? = ANY(visitor_ids))")
                .params(ref.id(), userId).query(Boolean.class).single();
    }

    /**
     * A visitor needs the file for the intake and a revisit, not for ever: their access ends
     * {@code voordeur.household.visitor-access-days} after the household's latest visit that opened
     * the file, its planned revisit (unless a visit that did not open the file came after it), or the
     * coordinator's latest assignment of the address, whichever is later. After that the case
     * manager holds the file. A visit recorded once the term has ended is kept but opens nothing
     * (issue 16 item 15): the visitor at the door sees what they record, not the file's history,
     * until the coordinator assigns the address again.
     */
    private boolean withinVisitorTerm(HouseholdRef ref) {
        Instant since = clock.instant().minus(Duration.ofDays(visitorAccessDays));
        LocalDate sinceDay = LocalDate.now(clock).minusDays(visitorAccessDays);
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM household.visit WHERE household_id = ? AND opens_file AND recorded_at >= ?)
                    OR EXISTS (SELECT 1 FROM household.household h WHERE h.id = ? AND h.revisit_date >= ?
                               AND (SELECT v.opens_file FROM household.visit v WHERE v.household_id = h.id
                                    ORDER BY v.recorded_at DESC LIMIT 1) IS NOT FALSE)""")
                .params(ref.id(), Timestamp.from(since), ref.id(), sinceDay).query(Boolean.class).single()
                || addresses.assignedSince(ref.addressId(), since);
    }

    /** Whether a visit recorded at the address now opens the file: the first visit, or one within the term. */
    boolean visitOpensFile(UUID addressId) {
        return atAddress(addressId).map(this::withinVisitorTerm).orElse(true);
    }

    /** Whether the current user may read the household's file now (no audit, no exception). */
    public boolean mayRead(UUID householdId) {
        return canRead(CurrentUser.require(), ref(householdId));
    }

    /** How many households this visitor visited have a revisit due on or before the date (no personal data). */
    public long revisitsDue(UUID programmeId, UUID visitorId, java.time.LocalDate until) {
        return jdbc.sql("""
                SELECT count(*) FROM household.household h WHERE h.programme_id = ? AND h.revisit_date <= ?
                  AND EXISTS (SELECT 1 FROM household.visit v WHERE v.household_id = h.id AND ? = ANY(v.visitor_ids))""")
                .params(programmeId, until, visitorId).query(Long.class).single();
    }

    /** The household living at an address, if a visit was recorded there. */
    public java.util.Optional<HouseholdRef> atAddress(UUID addressId) {
        return jdbc.sql("SELECT id FROM household.household WHERE address_id = ?").param(addressId)
                .query(UUID.class).optional().map(this::ref);
    }

    public HouseholdRef ref(UUID householdId) {
        return jdbc.sql("SELECT id, programme_id, address_id, case_manager_id, version FROM household.household WHERE id = ?")
                .param(householdId)
                .query((rs, n) -> new HouseholdRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5)))
                .optional().orElseThrow(() -> new NotFound("Household"));
    }

    public record HouseholdRef(UUID id, UUID programmeId, UUID addressId, UUID caseManagerId, int version) {
    }
}
