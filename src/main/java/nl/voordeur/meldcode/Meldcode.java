package nl.voordeur.meldcode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.HouseholdAccess.HouseholdRef;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;
import nl.voordeur.household.HelpQuestionRegistered;

/**
 * Opens meldcode records, records their steps and shows them to those who may see them. Every
 * view and change is audited. A refused read answers 404 and rolls back; its ACCESS_DENIED entry
 * outlives the rollback ({@link AuditLog} writes refusals again after one).
 */
@Service
@Transactional
public class Meldcode {

    private static final String RECORD = MeldcodeAccess.RECORD;

    private final MeldcodeRecords records;
    private final MeldcodeAccess access;
    private final Conversations people;
    private final AuditLog auditLog;
    private final Clock clock;

    Meldcode(MeldcodeRecords records, MeldcodeAccess access, Conversations people, AuditLog auditLog, Clock clock) {
        this.records = records;
        this.access = access;
        this.people = people;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Zorgen over veiligheid: anyone who may read the household's file opens a record by hand. */
    public UUID open(UUID householdId, UUID personId, String concern) {
        HouseholdRef ref = access.requireFile(householdId);
        if (personId != null && !people.findHouseholdOf(personId).map(householdId::equals).orElse(false)) {
            throw new DomainRuleViolated("meldcode.person.notInHousehold", "personId");
        }
        if (concern == null || concern.isBlank()) throw new DomainRuleViolated("meldcode.concern.required", "concern");
        if (concern.strip().length() > MeldcodeRecord.MAX_NOTE) {
            throw new DomainRuleViolated("meldcode.concern.tooLong", "concern");
        }
        return insert(ref.programmeId(), householdId, personId, null, concern.strip());
    }

    /** A signal of domestic violence opens a record in the registering transaction. */
    void openFromSignal(HelpQuestionRegistered signal) {
        insert(signal.programmeId(), signal.householdId(), signal.personId(), signal.helpQuestionId(), signal.description());
    }

    private UUID insert(UUID programmeId, UUID householdId, UUID personId, UUID helpQuestionId, String concern) {
        Opening opening = new Opening(UUID.randomUUID(), programmeId, householdId, personId, helpQuestionId, concern,
                CurrentUser.require().id(), Instant.now(clock));
        records.insert(opening);
        auditLog.record(AuditRecord.of(AuditAction.CREATE, RECORD, opening.id()).forPerson(personId)
                .inProgramme(programmeId).withDetails(helpQuestionId == null ? "source=CONCERN" : "source=SIGNAL"));
        return opening.id();
    }

    public MeldcodeView get(UUID recordId) {
        MeldcodeRecord record = visible(recordId);
        auditLog.record(audit(AuditAction.READ, record));
        return record.view();
    }

    public MeldcodeView recordStep(UUID recordId, NewStep input) {
        MeldcodeRecord record = visible(recordId);
        StepTaken taken = record.take(input, CurrentUser.require().id(), Instant.now(clock));
        records.addStep(record, taken);
        auditLog.record(audit(AuditAction.UPDATE, record).withDetails("step=" + taken.step()
                + (taken.decision() == null ? "" : " decision=" + taken.decision())));
        return record.view();
    }

    /** The aandachtsfunctionaris' queue in one programme: its open records, oldest first. */
    public PageResult<MeldcodeSummary> listForSafetyOfficer(UUID programmeId, Paging paging) {
        access.requireSafetyOfficer(programmeId);
        PageResult<MeldcodeSummary> page = records.openIn(List.of(programmeId), paging);
        listed(page.items(), programmeId);
        return page;
    }

    /**
     * How long a record may stay open before the work list calls it late: the meldcode sets no legal
     * term, so the programme's own agreement (four weeks, as in the seeds' kernteam practice) stands here.
     */
    public static final Duration TERM = Duration.ofDays(28);

    /** Open records per step they wait for, with those open past {@link #TERM}: counts only, not audited. */
    public Map<MeldcodeStep, long[]> openByStep(Instant now) {
        List<UUID> programmeIds = access.safetyProgrammes().stream().map(ProgrammeView::id).toList();
        return records.openByStep(programmeIds, now.minus(TERM));
    }

    /** The queue across every programme in which the current user is an aandachtsfunctionaris. */
    public PageResult<MeldcodeSummary> queue(Paging paging) {
        List<UUID> programmeIds = access.safetyProgrammes().stream().map(ProgrammeView::id).toList();
        PageResult<MeldcodeSummary> page = records.openIn(programmeIds, paging);
        listed(page.items(), null);
        return page;
    }

    /** A household's records, open and closed, for the same people who may see each record. */
    public List<MeldcodeSummary> forHousehold(UUID householdId) {
        HouseholdRef ref = access.requireHousehold(householdId);
        return listed(records.ofHousehold(householdId), ref.programmeId());
    }

    private MeldcodeRecord visible(UUID recordId) {
        return access.requireVisible(records.find(recordId).orElseThrow(() -> new NotFound(RECORD)));
    }

    private List<MeldcodeSummary> listed(List<MeldcodeSummary> shown, UUID programmeId) {
        auditLog.record(AuditRecord.list(RECORD, shown.stream().map(MeldcodeSummary::id).toList())
                .inProgramme(programmeId));
        return shown;
    }

    private static AuditRecord audit(AuditAction action, MeldcodeRecord record) {
        Opening o = record.opening();
        return AuditRecord.of(action, RECORD, o.id()).forPerson(o.personId()).inProgramme(o.programmeId());
    }
}
