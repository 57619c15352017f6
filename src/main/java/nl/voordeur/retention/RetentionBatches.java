package nl.voordeur.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.RetentionTarget;
import nl.voordeur.shared.RetentionTarget.Scope;

/**
 * One batch of retention work per transaction: it takes the retention lock (a transaction-level
 * advisory lock, so overlapping runs take turns), lets every owning module anonymise, writes one
 * audit entry per changed record and the run's counts so far.
 */
@Component
class RetentionBatches {

    /** Kinds whose records are deleted rather than blanked. */
    private static final Set<String> DELETED = Set.of("VisitDraft");
    /** Advisory lock key of a retention batch; the audit log uses 7513. */
    private static final int LOCK = 7514;

    private final List<RetentionTarget> targets;
    private final RetentionRuns runs;
    private final AuditLog auditLog;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final RetentionProperties properties;
    private final Clock clock;

    RetentionBatches(List<RetentionTarget> targets, RetentionRuns runs, AuditLog auditLog, JdbcClient jdbc,
                     TransactionTemplate transactions, RetentionProperties properties, Clock clock) {
        this.targets = targets;
        this.runs = runs;
        this.auditLog = auditLog;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    <T> List<List<T>> split(List<T> all) {
        List<List<T>> parts = new ArrayList<>();
        for (int i = 0; i < all.size(); i += properties.batchSize()) {
            parts.add(all.subList(i, Math.min(all.size(), i + properties.batchSize())));
        }
        return parts;
    }

    Map<String, Integer> anonymise(UUID runId, UUID programmeId, Scope scope, Map<String, Integer> before) {
        return transactions.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(?, 0)").param(LOCK).query().singleValue();
            Map<String, List<String>> done = new LinkedHashMap<>();
            targets.forEach(t -> t.anonymise(scope).forEach((kind, ids) -> done.merge(kind, ids, RetentionWork::concat)));
            done.forEach((kind, ids) -> ids.forEach(id -> auditLog.record(audit(kind, id, programmeId, runId))));
            Map<String, Integer> counts = new TreeMap<>();
            done.forEach((kind, ids) -> counts.put(kind, ids.size()));
            Map<String, Integer> sofar = new TreeMap<>(before);
            counts.forEach((kind, n) -> sofar.merge(kind, n, Integer::sum));
            runs.progress(runId, sofar);
            return counts;
        });
    }

    private static AuditRecord audit(String kind, String id, UUID programmeId, UUID runId) {
        AuditRecord record = AuditRecord.of(DELETED.contains(kind) ? AuditAction.DELETE : AuditAction.ANONYMISE, kind, id)
                .inProgramme(programmeId).because("retention").withDetails("run=" + runId);
        return kind.equals("Person") ? record.forPerson(UUID.fromString(id)) : record;
    }
}
