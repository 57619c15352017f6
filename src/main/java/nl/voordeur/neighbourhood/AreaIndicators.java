package nl.voordeur.neighbourhood;

import static nl.voordeur.neighbourhood.NeighbourhoodRoles.EDITORS;
import static nl.voordeur.neighbourhood.NeighbourhoodRoles.INDICATOR_READERS;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * A programme's area indicators: the coordinator keeps them, by hand or by CSV import (all or
 * nothing); the kernteam and the council read them. Every change is audited and raises the
 * indicator's version, so two people editing the same indicator cannot overwrite each other.
 */
@Service
@Transactional(readOnly = true)
public class AreaIndicators {

    private static final String RECORD = "Indicator";

    private final ProgrammeGuard guard;
    private final IndicatorRecords records;
    private final AuditLog auditLog;
    private final Clock clock;

    AreaIndicators(ProgrammeGuard guard, IndicatorRecords records, AuditLog auditLog, Clock clock) {
        this.guard = guard;
        this.records = records;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public List<IndicatorView> list(UUID programmeId) {
        guard.require(programmeId, INDICATOR_READERS);
        return records.ofProgramme(programmeId);
    }

    public IndicatorView get(UUID programmeId, UUID id) {
        guard.require(programmeId, INDICATOR_READERS);
        return load(programmeId, id);
    }

    /** Whether the current user may change the programme's indicators (for the page's forms). */
    public boolean editable(UUID programmeId) {
        return guard.holdsAny(guard.requireMember(programmeId), programmeId, EDITORS);
    }

    @Transactional
    public IndicatorView create(UUID programmeId, IndicatorDetails details) {
        guard.require(programmeId, EDITORS);
        IndicatorDetails d = details.checked();
        UUID id = UUID.randomUUID();
        if (records.nameTaken(programmeId, d.name(), id)) throw new DomainRuleViolated("indicator.name.taken", "name");
        records.insert(id, programmeId, d, Instant.now(clock));
        audit(AuditAction.CREATE, programmeId, id, d.name());
        return load(programmeId, id);
    }

    /** New details (and, when given, new yearly values) if nobody changed the indicator since {@code version}. */
    @Transactional
    public IndicatorView update(UUID programmeId, UUID id, int version, IndicatorDetails details) {
        guard.require(programmeId, EDITORS);
        IndicatorDetails d = details.checked();
        if (records.nameTaken(programmeId, d.name(), id)) throw new DomainRuleViolated("indicator.name.taken", "name");
        if (!records.update(programmeId, id, version, d)) throw stale(programmeId, id);
        audit(AuditAction.UPDATE, programmeId, id, "details");
        return load(programmeId, id);
    }

    /** Records (or corrects) the value of one year. */
    @Transactional
    public IndicatorView recordValue(UUID programmeId, UUID id, int version, YearValue value) {
        guard.require(programmeId, EDITORS);
        IndicatorView current = load(programmeId, id);
        var checked = new IndicatorDetails(current.name(), current.unit(), current.direction(), null, null, null,
                List.of(value)).checked().values().getFirst();
        if (!records.touch(id, version)) throw new ConcurrentEdit(RECORD);
        records.putValue(id, checked);
        audit(AuditAction.UPDATE, programmeId, id, "value " + checked.year());
        return load(programmeId, id);
    }

    @Transactional
    public IndicatorView removeValue(UUID programmeId, UUID id, int version, int year) {
        guard.require(programmeId, EDITORS);
        load(programmeId, id);
        if (!records.touch(id, version)) throw new ConcurrentEdit(RECORD);
        records.removeValue(id, year);
        audit(AuditAction.UPDATE, programmeId, id, "value " + year + " removed");
        return load(programmeId, id);
    }

    @Transactional
    public void delete(UUID programmeId, UUID id) {
        guard.require(programmeId, EDITORS);
        if (!records.delete(programmeId, id)) throw new NotFound(RECORD);
        audit(AuditAction.DELETE, programmeId, id, null);
    }

    /**
     * Yearly values from CSV ({@code indicator;year;value;source}) for indicators the programme has:
     * every line is checked first, and one bad line refuses the whole file (422, naming each line and
     * field); otherwise every value is saved, a year already known is corrected.
     */
    @Transactional
    public IndicatorImportResult importCsv(UUID programmeId, String csv) {
        guard.require(programmeId, EDITORS);
        Map<String, IndicatorView> byName = records.ofProgramme(programmeId).stream()
                .collect(Collectors.toMap(i -> i.name().toLowerCase(), Function.identity()));
        List<IndicatorCsv.Row> rows = IndicatorCsv.read(csv, byName);
        var touched = rows.stream().map(r -> byName.get(r.indicator().toLowerCase())).distinct().toList();
        for (IndicatorView indicator : touched) {
            if (!records.touch(indicator.id(), indicator.version())) throw new ConcurrentEdit(RECORD);
        }
        rows.forEach(r -> records.putValue(byName.get(r.indicator().toLowerCase()).id(), r.value()));
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "IndicatorImport", programmeId).inProgramme(programmeId)
                .withDetails("values=" + rows.size() + " indicators=" + touched.size()));
        return new IndicatorImportResult(rows.size(), touched.size());
    }

    private RuntimeException stale(UUID programmeId, UUID id) {
        load(programmeId, id);
        return new ConcurrentEdit(RECORD);
    }

    private IndicatorView load(UUID programmeId, UUID id) {
        return records.find(programmeId, id).orElseThrow(() -> new NotFound(RECORD));
    }

    private void audit(AuditAction action, UUID programmeId, UUID id, String details) {
        var entry = AuditRecord.of(action, RECORD, id).inProgramme(programmeId);
        auditLog.record(details == null ? entry : entry.withDetails(details));
    }
}
