package nl.voordeur.household;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HouseholdAccess.HouseholdRef;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * Breaking the glass: a visitor, case manager or safety officer of the programme who has no
 * access to a household's file opens it in an emergency. The reason is mandatory, access lasts
 * three hours, every audit entry made under it is marked, and the privacy officer reviews each
 * grant. Partners, council members and privacy officers cannot break the glass; police users
 * still never see health domains, which the file filters whatever the access path. A refusal rolls
 * back like any other failure; its audit entry outlives the rollback ({@link AuditLog}).
 */
@Service
@Transactional
public class EmergencyAccess {

    static final Role[] MAY_BREAK_GLASS = {Role.CASE_MANAGER, Role.VISITOR, Role.SAFETY_OFFICER};
    public static final Duration LENGTH = Duration.ofHours(3);
    /** A reason says what is going on: at least this many characters, of which at least half letters. */
    static final int MIN_REASON = 20;
    private static final int MAX_REASON = 1000;

    private final HouseholdAccess access;
    private final BreakGlassGrants grants;
    private final ProgrammeGuard guard;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final AccessManagement users;
    private final Clock clock;

    EmergencyAccess(HouseholdAccess access, BreakGlassGrants grants, ProgrammeGuard guard, AuditLog auditLog,
                    JdbcClient jdbc, AccessManagement users, Clock clock) {
        this.access = access;
        this.grants = grants;
        this.guard = guard;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Opens the household's file for the current user for three hours; answers until when. The
     * ground is one of {@link BreakGlassGround}, the reason a real description of the emergency.
     */
    public Instant open(UUID householdId, BreakGlassGround ground, String reason) {
        HouseholdRef ref = offer(householdId);
        String why = reason == null ? "" : reason.strip();
        String problem = ground == null ? "breakGlass.ground.required" : reasonProblem(why);
        if (problem != null) {
            auditLog.record(AuditRecord.of(AuditAction.BREAK_GLASS, "Household", householdId)
                    .inProgramme(ref.programmeId()).withDetails("no valid ground or reason").refused());
            throw new DomainRuleViolated(problem, ground == null ? "ground" : "reason");
        }
        Instant now = clock.instant();
        Instant until = now.plus(LENGTH);
        UUID grantId = UUID.randomUUID();
        grants.insert(grantId, householdId, ref.programmeId(), CurrentUser.require().id(), ground, why, now, until);
        String audited = ground.name() + ": " + why;
        members(householdId).forEach(person -> auditLog.record(AuditRecord.of(AuditAction.BREAK_GLASS, "Household", householdId)
                .forPerson(person).inProgramme(ref.programmeId()).breakingGlass(audited).withDetails("grant=" + grantId)));
        return until;
    }

    /** What is wrong with a reason, as a message key; null when it says enough. */
    static String reasonProblem(String why) {
        if (why.isEmpty()) return "breakGlass.reason.required";
        if (why.length() > MAX_REASON) return "breakGlass.reason.tooLong";
        long letters = why.chars().filter(Character::isLetter).count();
        if (why.length() < MIN_REASON || letters * 2 < why.length()) return "breakGlass.reason.tooShort";
        return null;
    }

    /**
     * The household, when the current user may break the glass on it: a member of its programme
     * holding a role that may. Anyone else is told it does not exist (and that is audited).
     */
    public HouseholdRef offer(UUID householdId) {
        HouseholdRef ref = access.ref(householdId);
        CurrentUser user = guard.requireMember(ref.programmeId());
        if (!guard.holdsAny(user, ref.programmeId(), MAY_BREAK_GLASS)) {
            auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "Household", householdId)
                    .inProgramme(ref.programmeId()).withDetails("break-glass not allowed for role").refused());
            throw new NotFound("Household");
        }
        return ref;
    }

    /** True when the current user could open the file through an emergency grant (and cannot read it now). */
    public boolean offered(UUID householdId) {
        var user = CurrentUser.get();
        boolean exists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM household.household WHERE id = ?)").param(householdId)
                .query(Boolean.class).single();
        if (user.isEmpty() || !exists) return false;
        HouseholdRef ref = access.ref(householdId);
        return guard.holdsAny(user.get(), ref.programmeId(), MAY_BREAK_GLASS) && !access.canRead(user.get(), ref);
    }

    /** Until when the current user reads the household under an emergency grant; empty for regular readers. */
    @Transactional(readOnly = true)
    public Optional<Instant> runningUntil(UUID householdId) {
        CurrentUser user = CurrentUser.require();
        HouseholdRef ref = access.ref(householdId);
        if (access.readsRegularly(user, ref)) return Optional.empty();
        return grants.active(householdId, user.id(), clock.instant()).map(BreakGlassGrants.Active::expiresAt);
    }

    /** The grants the privacy officer has not reviewed yet, in the programmes where they hold that role. */
    public List<BreakGlassView> unreviewed() {
        List<BreakGlassView> open = grants.unreviewed(privacyOfficerProgrammes());
        Map<UUID, String> names = users.displayNames(open.stream().map(BreakGlassView::userId).distinct().toList());
        auditLog.record(AuditRecord.list("BreakGlass", open.stream().map(BreakGlassView::id).toList()));
        return open.stream().map(g -> g.named(names.get(g.userId()))).toList();
    }

    /** How many grants wait for the current privacy officer's review (a count, no personal data). */
    @Transactional(readOnly = true)
    public long unreviewedCount() {
        return grants.unreviewed(privacyOfficerProgrammes()).size();
    }

    /** The privacy officer marks a grant as reviewed. */
    public void review(UUID grantId) {
        UUID programmeId = grants.programmeOf(grantId).orElseThrow(() -> new NotFound("BreakGlass"));
        List<UUID> mine = privacyOfficerProgrammes();
        if (mine != null && !mine.contains(programmeId)) throw new NotFound("BreakGlass");
        if (!grants.markReviewed(grantId, CurrentUser.require().id(), clock.instant())) {
            throw new DomainRuleViolated("breakGlass.alreadyReviewed", null);
        }
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "BreakGlass", grantId).inProgramme(programmeId)
                .withDetails("reviewed"));
    }

    /** Programme ids where the current user is privacy officer; null when everywhere; 404 when nowhere. */
    private List<UUID> privacyOfficerProgrammes() {
        List<UUID> mine = CurrentUser.require().programmesWithRole(Role.PRIVACY_OFFICER);
        if (mine != null && mine.isEmpty()) throw new nl.voordeur.shared.Forbidden("privacy officer");
        return mine;
    }

    private List<UUID> members(UUID householdId) {
        return jdbc.sql("SELECT id FROM household.person WHERE household_id = ? ORDER BY created_at")
                .param(householdId).query(UUID.class).list();
    }
}
