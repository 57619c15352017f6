package nl.voordeur.neighbourhood;

import static nl.voordeur.neighbourhood.NeighbourhoodRoles.EDITORS;
import static nl.voordeur.neighbourhood.NeighbourhoodRoles.INITIATIVE_READERS;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/**
 * The register of neighbourhood initiatives (Wildcats, play days, gardens): activity, date,
 * organiser, participants and volunteers. The coordinator keeps it, the kernteam reads it; the
 * council sees its figures in the report only. Every change is audited.
 */
@Service
@Transactional(readOnly = true)
public class InitiativeRegister {

    private static final String RECORD = "Initiative";

    private final ProgrammeGuard guard;
    private final InitiativeRecords records;
    private final AuditLog auditLog;
    private final Clock clock;

    InitiativeRegister(ProgrammeGuard guard, InitiativeRecords records, AuditLog auditLog, Clock clock) {
        this.guard = guard;
        this.records = records;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public PageResult<InitiativeView> list(UUID programmeId, Paging paging) {
        guard.require(programmeId, INITIATIVE_READERS);
        return records.page(programmeId, paging);
    }

    public InitiativeView get(UUID programmeId, UUID id) {
        guard.require(programmeId, INITIATIVE_READERS);
        return load(programmeId, id);
    }

    /** Whether the current user may change the register (for the page's forms). */
    public boolean editable(UUID programmeId) {
        return guard.holdsAny(guard.requireMember(programmeId), programmeId, EDITORS);
    }

    @Transactional
    public InitiativeView record(UUID programmeId, InitiativeDetails details) {
        guard.require(programmeId, EDITORS);
        InitiativeDetails d = details.checked();
        UUID id = UUID.randomUUID();
        records.insert(id, programmeId, d, Instant.now(clock));
        audit(AuditAction.CREATE, programmeId, id);
        return load(programmeId, id);
    }

    @Transactional
    public InitiativeView update(UUID programmeId, UUID id, int version, InitiativeDetails details) {
        guard.require(programmeId, EDITORS);
        InitiativeDetails d = details.checked();
        if (!records.update(programmeId, id, version, d)) {
            load(programmeId, id);
            throw new ConcurrentEdit(RECORD);
        }
        audit(AuditAction.UPDATE, programmeId, id);
        return load(programmeId, id);
    }

    @Transactional
    public void delete(UUID programmeId, UUID id) {
        guard.require(programmeId, EDITORS);
        if (!records.delete(programmeId, id)) throw new NotFound(RECORD);
        audit(AuditAction.DELETE, programmeId, id);
    }

    private InitiativeView load(UUID programmeId, UUID id) {
        return records.find(programmeId, id).orElseThrow(() -> new NotFound(RECORD));
    }

    private void audit(AuditAction action, UUID programmeId, UUID id) {
        auditLog.record(AuditRecord.of(action, RECORD, id).inProgramme(programmeId));
    }
}
