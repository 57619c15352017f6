package nl.voordeur.retention;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

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

    private final Expiry expiry;
    private final RetentionPolicies policies;
    private final List<RetentionTarget> targets;
    private final RetentionRuns runs;
    private final RetentionBatches batches;

    RetentionWork(Expiry expiry, RetentionPolicies policies, List<RetentionTarget> targets, RetentionRuns runs,
                  RetentionBatches batches) {
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
            return RetentionPlan.of(p, policy, records);
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

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
