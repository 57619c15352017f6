package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.address.Outreach;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * Recording home visits: the household and its members (children included), who was present,
 * and the intake details. A visit to a known household must come from the version the visitor
 * loaded; a newer save by someone else is a conflict, never a silent overwrite.
 */
@Service
@Transactional
public class Households {

    private final Outreach outreach;
    private final HouseholdAccess access;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final ProgrammeGuard guard;
    private final Kernteam kernteam;
    private final VisitRows rows;
    private final QuestionRegistration questions;
    private final Clock clock;

    Households(Outreach outreach, HouseholdAccess access, JdbcClient jdbc, AuditLog auditLog,
               ApplicationEventPublisher events, ProgrammeGuard guard, Kernteam kernteam, VisitRows rows,
               QuestionRegistration questions, Clock clock) {
        this.rows = rows;
        this.questions = questions;
        this.guard = guard;
        this.kernteam = kernteam;
        this.outreach = outreach;
        this.access = access;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A home visit with the help questions raised at it, as one unit of work in one transaction: the
     * visit's own rules first, then the one access check (the address's, in {@link Outreach#recordVisit}),
     * the visit's rows, the questions for its members (only for a user who may read the file the visit
     * is part of: one decision from the checked user and the locked household, no second check),
     * one audit batch for the visit and its questions, then the events. A question that breaks a rule
     * rolls the visit back with it, so nothing is half-saved.
     */
    public VisitRecorded recordVisit(UUID addressId, NewVisit visit) {
        VisitRules.validate(visit, clock);
        UUID programmeId = outreach.recordVisit(addressId, visit.date(), visit.visitorIds());
        CurrentUser user = CurrentUser.require();
        Intake intake = visit.intake() == null ? Intake.none() : visit.intake();
        boolean opensFile = access.visitOpensFile(addressId); // decided before this visit changes the revisit date
        Locked household = lockOrCreate(addressId, programmeId, visit.householdVersion(), intake);
        Set<UUID> visitors = new HashSet<>(visit.visitorIds() == null ? Set.of() : visit.visitorIds());
        visitors.add(user.id());
        var target = new VisitRows.Target(household.id(), programmeId, household.created(), user.id(), now(), opensFile);
        UUID visitId = rows.insertVisit(target, visit, visitors.toArray(UUID[]::new));
        List<VisitRecorded.MemberRef> members = rows.insertMembers(target, visitId, visit.members());
        List<HelpQuestionRegistered> registered = List.of();
        if (!visit.helpQuestions().isEmpty()) {
            var ref = new HouseholdAccess.HouseholdRef(household.id(), programmeId, addressId, household.caseManagerId(),
                    household.version());
            // a coordinator records visits but does not read files, nor a visitor whose term ended: not their questions
            if (!access.canRead(user, ref)) throw new NotFound("Household");
            registered = questions.insert(ref, QuestionRegistration.ofVisit(visit.helpQuestions(), visit.members(), members));
        }
        remarks(household.id(), addressId, intake, user);
        jdbc.sql("DELETE FROM household.visit_draft WHERE address_id = ? AND user_id = ?").params(addressId, user.id()).update();
        List<AuditRecord> entries = new ArrayList<>(members.stream().map(m -> AuditRecord.of(AuditAction.CREATE, "Visit", visitId)
                .forPerson(m.id()).inProgramme(programmeId)).toList());
        entries.addAll(QuestionRegistration.audit(registered));
        auditLog.recordAll(entries);
        VisitRecorded recorded = new VisitRecorded(visitId, household.id(), addressId, programmeId, visit.date(), members,
                registered.stream().map(q -> new VisitRecorded.QuestionRef(q.helpQuestionId(), q.personId())).toList());
        events.publishEvent(recorded);
        questions.publish(registered);
        return recorded;
    }

    /** Changes the intake details of a household loaded at {@code expectedVersion}. */
    public int updateIntake(UUID householdId, int expectedVersion, Intake intake) {
        var ref = access.requireFile(householdId);
        int updated = jdbc.sql("UPDATE household.household SET version = version + 1, updated_at = ?, " + SET_INTAKE
                        + " WHERE id = ? AND version = ?")
                .params(values(now(), intake, householdId, expectedVersion)).update();
        if (updated == 0) throw new ConcurrentEdit("Household");
        remarks(householdId, ref.addressId(), intake, CurrentUser.require());
        auditMembers(AuditRecord.of(AuditAction.UPDATE, "Household", householdId).inProgramme(ref.programmeId()), householdId);
        return expectedVersion + 1;
    }

    /**
     * Makes a case manager responsible for the household. A coordinator may appoint any case
     * manager of the programme; a case manager may take a household that has none yet.
     */
    public void assignCaseManager(UUID householdId, UUID caseManagerId) {
        var ref = access.ref(householdId);
        CurrentUser user = guard.requireMember(ref.programmeId());
        boolean coordinator = guard.holdsAny(user, ref.programmeId(), Role.COORDINATOR, Role.ADMIN);
        boolean takesFreeHousehold = user.id().equals(caseManagerId) && ref.caseManagerId() == null
                && guard.holdsAny(user, ref.programmeId(), Role.CASE_MANAGER);
        if (!coordinator && !takesFreeHousehold) throw new nl.voordeur.shared.Forbidden("case manager");
        boolean isCaseManager = kernteam.members(ref.programmeId()).stream()
                .anyMatch(m -> m.userId().equals(caseManagerId) && m.roles().contains(Role.CASE_MANAGER));
        if (!isCaseManager) throw new DomainRuleViolated("household.caseManager.notInTeam", "userId");
        jdbc.sql("UPDATE household.household SET case_manager_id = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(caseManagerId, now(), householdId).update();
        auditMembers(AuditRecord.of(AuditAction.UPDATE, "Household", householdId).inProgramme(ref.programmeId())
                .withDetails("caseManager=" + caseManagerId), householdId);
    }

    /** One entry per member, so "who touched this person's file" finds a change to the household (NEN 7513). */
    private void auditMembers(AuditRecord entry, UUID householdId) {
        List<UUID> members = jdbc.sql("SELECT id FROM household.person WHERE household_id = ?").param(householdId)
                .query(UUID.class).list();
        auditLog.recordAll(members.isEmpty() ? List.of(entry) : members.stream().map(entry::forPerson).toList());
    }

    /** Creates the household with the intake details, or locks the known one at its expected version and updates them. */
    private Locked lockOrCreate(UUID addressId, UUID programmeId, Integer expectedVersion, Intake intake) {
        var existing = jdbc.sql("SELECT id, version, case_manager_id FROM household.household WHERE address_id = ? FOR UPDATE")
                .param(addressId).query((rs, n) -> new Locked(rs.getObject(1, UUID.class), rs.getInt(2), false,
                        rs.getObject(3, UUID.class))).optional();
        if (existing.isEmpty()) {
            UUID id = UUID.randomUUID();
            int inserted = jdbc.sql("""
                    INSERT INTO household.household (id, programme_id, address_id, willing_to_volunteer, volunteer_note,
                        interpreter_needed, interpreter_language, revisit_date, created_at, updated_at, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (address_id) DO NOTHING""")
                    .params(id, programmeId, addressId, intake.willingToVolunteer(), blank(intake.volunteerNote()),
                            intake.interpreterNeeded(), blank(intake.interpreterLanguage()), intake.revisitDate(), now(), now())
                    .update();
            if (inserted == 0) throw new ConcurrentEdit("Household");
            return new Locked(id, 0, true, null);
        }
        Locked locked = existing.get();
        if (expectedVersion == null || expectedVersion != locked.version()) throw new ConcurrentEdit("Household");
        jdbc.sql("UPDATE household.household SET version = version + 1, updated_at = ?, " + SET_INTAKE + " WHERE id = ?")
                .params(values(now(), intake, locked.id())).update();
        return new Locked(locked.id(), locked.version() + 1, false, locked.caseManagerId());
    }

    /** The household a visit is recorded for (at its version after this visit), and whether this visit created it (so it has no persons yet). */
    private record Locked(UUID id, int version, boolean created, UUID caseManagerId) {
    }

    /** The intake columns of an UPDATE; a volunteer answer or note left empty keeps the earlier one. */
    private static final String SET_INTAKE = """
            willing_to_volunteer = coalesce(?, willing_to_volunteer), volunteer_note = coalesce(?, volunteer_note),
            interpreter_needed = ?, interpreter_language = ?, revisit_date = ?""";

    /** The parameters of {@code updated_at = ?, SET_INTAKE WHERE ...}: the time, the intake, then {@code where}. */
    private static List<Object> values(Timestamp updatedAt, Intake intake, Object... where) {
        List<Object> values = new ArrayList<>(List.of(updatedAt));
        values.addAll(Arrays.asList(intake.willingToVolunteer(), blank(intake.volunteerNote()),
                intake.interpreterNeeded(), blank(intake.interpreterLanguage()), intake.revisitDate()));
        values.addAll(List.of(where));
        return values;
    }

    private void remarks(UUID householdId, UUID addressId, Intake intake, CurrentUser user) {
        remark(householdId, addressId, HousingRemarkKind.MAINTENANCE, intake.maintenanceRemark(), user);
        remark(householdId, addressId, HousingRemarkKind.HOUSING_WISH, intake.housingWish(), user);
    }

    private void remark(UUID householdId, UUID addressId, HousingRemarkKind kind, String text, CurrentUser user) {
        if (blank(text) == null) return;
        jdbc.sql("INSERT INTO household.housing_remark (id, household_id, address_id, kind, text, created_by, created_at) VALUES (?,?,?,?,?,?,?)")
                .params(UUID.randomUUID(), householdId, addressId, kind.name(), text.strip(), user.id(), now()).update();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
