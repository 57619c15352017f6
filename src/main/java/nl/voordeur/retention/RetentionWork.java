package nl.voordeur.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.RetentionTarget;
import nl.voordeur.shared.RetentionTarget.Scope;

/**
 * Plans and does the anonymisation of expired files and contact-only addresses, programme by
 * programme, in batches of {@code voordeur.retention.batch-size} households, one transaction each.
 * Safe when two runs overlap (two instances, or the job and a privacy officer's "run now"): each
 * batch first takes a database-wide advisory lock, and every owning module only changes records
 * that still hold personal data, so the second run finds nothing left and changes nothing. Every
 * changed record gets its own audit entry (ANONYMISE, or DELETE for a deleted visit draft).
 */
@Component
class RetentionWork {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Kinds whose records are deleted rather than blanked. */
    private static final Set<String> DELETED = Set.of("VisitDraft");
    /** Advisory lock key for a retention batch ("RETN"); the audit log uses 7513. */
    private static final int LOCK = 7514;

    private final Expiry expiry;
    private final RetentionPolicies policies;
    private final List<RetentionTarget> targets;
    private final RetentionRuns runs;
    private final Batches batches;

    RetentionWork(Expiry expiry, RetentionPolicies policies, List<RetentionTarget> targets, RetentionRuns runs,
                  Batches batches) {
        this.expiry = expiry;
        this.policies = policies;
        this.targets = targets;
        this.runs = runs;
        this.batches = batches;
    }

    LocalDate today() {
        return batches.today();
    }

    /** What a run today would change in each programme, without changing anything. */
    List<RetentionPlan> plan(List<Expiry.Programme> programmes) {
        LocalDate today = batches.today();
        return programmes.stream().map(p -> {
            RetentionPolicy policy = policies.of(p.id());
            Map<String, List<String>> records = new TreeMap<>();
            for (Scope scope : scopes(p, policy, today)) {
                targets.forEach(t -> t.pending(scope).forEach((kind, ids) -> records.merge(kind, ids, RetentionWork::concat)));
            }
            return new RetentionPlan(p.id(), p.name(), p.endDate(), policy.caseMonths(), policy.contactOnlyMonths(), records);
        }).toList();
    }

    /** Anonymises what expired in these programmes; the run is logged as {@code runId}. */
    Map<String, Integer> run(UUID runId, List<Expiry.Programme> programmes) {
        LocalDate today = batches.today();
        Map<String, Integer> counts = new TreeMap<>();
        for (Expiry.Programme p : programmes) {
            for (Scope scope : scopes(p, policies.of(p.id()), today)) {
                Map<String, Integer> done = batches.anonymise(runId, p.id(), scope, counts);
                done.forEach((kind, n) -> counts.merge(kind, n, Integer::sum));
            }
        }
        runs.finish(runId, counts);
        return counts;
    }

    private List<Scope> scopes(Expiry.Programme p, RetentionPolicy policy, LocalDate today) {
        List<Scope> scopes = new ArrayList<>();
        List<Expiry.File> files = expiry.expiredFiles(p.id(), policy.caseMonths(), today);
        for (List<Expiry.File> batch : batches.split(files)) {
            scopes.add(new Scope(batch.stream().map(Expiry.File::householdId).collect(Collectors.toCollection(LinkedHashSet::new)),
                    batch.stream().map(Expiry.File::addressId).collect(Collectors.toCollection(LinkedHashSet::new))));
        }
        for (List<UUID> batch : batches.split(expiry.expiredContactOnly(p, policy.contactOnlyMonths(), today))) {
            scopes.add(new Scope(Set.of(), new LinkedHashSet<>(batch)));
        }
        return scopes;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** One batch per transaction, under the retention lock, with its audit entries and the run's running counts. */
    @Component
    static class Batches {

        private final List<RetentionTarget> targets;
        private final RetentionRuns runs;
        private final AuditLog auditLog;
        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;
        private final RetentionProperties properties;
        private final Clock clock;

        Batches(List<RetentionTarget> targets, RetentionRuns runs, AuditLog auditLog, JdbcClient jdbc,
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
            return LocalDate.now(clock.withZone(AMSTERDAM));
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
}
