package nl.voordeur.retention;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/**
 * The privacy officer's side of retention: the dry run over their programmes, "run now", and the
 * log of runs. The daily job runs over every programme ({@link RetentionJob}). Shows ids, kinds
 * and counts only, never the content of a record.
 */
@Service
public class Retention {

    static final String SCHEDULE = "SCHEDULE";
    static final String USER = "USER";
    private static final String RUN = "RetentionRun";
    private static final String OFFICER = "hasAuthority('PRIVACY_OFFICER')";

    private final Expiry expiry;
    private final RetentionWork work;
    private final RetentionRuns runs;
    private final AuditLog auditLog;

    Retention(Expiry expiry, RetentionWork work, RetentionRuns runs, AuditLog auditLog) {
        this.expiry = expiry;
        this.work = work;
        this.runs = runs;
        this.auditLog = auditLog;
    }

    /** What a run today would do in the programmes where the user is privacy officer; logged as a dry run. */
    @PreAuthorize(OFFICER)
    @Transactional
    public RetentionPreview preview() {
        CurrentUser user = CurrentUser.require();
        List<Expiry.Programme> programmes = officerProgrammes(user);
        UUID runId = runs.start(true, USER, user.id(), programmes.size());
        List<RetentionPlan> plans = work.plan(programmes);
        RetentionPreview preview = RetentionPreview.of(runId, work.today(), plans);
        runs.finish(runId, preview.counts());
        auditLog.record(AuditRecord.of(AuditAction.READ, "RetentionPreview", runId).withDetails("total=" + preview.total()));
        return preview;
    }

    /** Runs retention now over the user's programmes; each batch commits on its own. */
    @PreAuthorize(OFFICER)
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RetentionRun runNow() {
        CurrentUser user = CurrentUser.require();
        return run(officerProgrammes(user), USER, user.id());
    }

    @PreAuthorize(OFFICER)
    @Transactional
    public PageResult<RetentionRun> runs(Paging paging) {
        List<RetentionRun> page = runs.page(paging);
        auditLog.record(AuditRecord.list(RUN, page.stream().map(RetentionRun::id).toList()));
        return new PageResult<>(page, runs.count());
    }

    @PreAuthorize(OFFICER)
    @Transactional
    public RetentionRun run(UUID id) {
        RetentionRun run = runs.find(id).orElseThrow(() -> new NotFound(RUN));
        auditLog.record(AuditRecord.of(AuditAction.READ, RUN, id));
        return run;
    }

    /** The daily job: every programme, on behalf of the application itself. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    RetentionRun runScheduled() {
        return run(expiry.programmes(), SCHEDULE, null);
    }

    private RetentionRun run(List<Expiry.Programme> programmes, String trigger, UUID by) {
        UUID runId = runs.start(false, trigger, by, programmes.size());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, RUN, runId).withDetails("trigger=" + trigger));
        Map<String, Integer> counts = work.run(runId, programmes);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, RUN, runId).withDetails("done=" + counts));
        return runs.find(runId).orElseThrow();
    }

    private List<Expiry.Programme> officerProgrammes(CurrentUser user) {
        return expiry.programmes().stream().filter(p -> user.hasRole(Role.PRIVACY_OFFICER, p.id())).toList();
    }
}
