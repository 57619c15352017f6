package nl.voordeur.meldcode;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.HouseholdAccess.HouseholdRef;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;

/**
 * Who may see a meldcode record: the programme's aandachtsfunctionarissen (SAFETY_OFFICER) and
 * the household's case owner. Everyone else is told it does not exist, and the attempt is audited.
 */
@Component
class MeldcodeAccess {

    static final String RECORD = "MeldcodeRecord";

    private final HouseholdAccess households;
    private final ProgrammeManagement programmes;
    private final ProgrammeGuard guard;
    private final AuditLog auditLog;

    MeldcodeAccess(HouseholdAccess households, ProgrammeManagement programmes, ProgrammeGuard guard,
                   AuditLog auditLog) {
        this.households = households;
        this.guard = guard;
        this.programmes = programmes;
        this.auditLog = auditLog;
    }

    /** The record, if the current user may see it; otherwise 404 and an ACCESS_DENIED entry. */
    MeldcodeRecord requireVisible(MeldcodeRecord record) {
        Opening o = record.opening();
        if (canSee(CurrentUser.require(), o.programmeId(), o.householdId())) return record;
        auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, RECORD, o.id()).forPerson(o.personId())
                .inProgramme(o.programmeId()).refused());
        throw new NotFound(RECORD);
    }

    /** The household's records are visible to the same people; others are refused and audited. */
    HouseholdRef requireHousehold(UUID householdId) {
        HouseholdRef ref = households.ref(householdId);
        if (canSee(CurrentUser.require(), ref.programmeId(), householdId)) return ref;
        auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, RECORD, null).inProgramme(ref.programmeId())
                .withDetails("household=" + householdId).refused());
        throw new NotFound("Household");
    }

    boolean canSee(CurrentUser user, UUID programmeId, UUID householdId) {
        return user.hasRole(Role.SAFETY_OFFICER, programmeId) || isCaseOwner(user, programmeId, householdId);
    }

    boolean isCaseOwner(CurrentUser user, UUID programmeId, UUID householdId) {
        UUID owner = households.ref(householdId).caseManagerId();
        return user.id().equals(owner) && user.hasRole(Role.CASE_MANAGER, programmeId);
    }

    /** Who may open a record for the household: anyone who may read its file. */
    HouseholdRef requireFile(UUID householdId) {
        return households.requireFile(householdId);
    }

    /** A programme's queue is for its aandachtsfunctionarissen: 404 for outsiders, 403 for other members. */
    void requireSafetyOfficer(UUID programmeId) {
        guard.require(programmeId, Role.SAFETY_OFFICER);
    }

    /** The programmes in which the current user is an aandachtsfunctionaris; none means no queue at all. */
    List<ProgrammeView> safetyProgrammes() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Role.SAFETY_OFFICER)) throw new Forbidden("meldcode queue");
        return programmes.visible().stream().filter(p -> user.hasRole(Role.SAFETY_OFFICER, p.id())).toList();
    }
}
