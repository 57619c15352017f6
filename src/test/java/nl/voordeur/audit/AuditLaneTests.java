package nl.voordeur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import nl.voordeur.testing.HttpTest;

/**
 * Found by the Gatling load test: a request that audits several records in one transaction
 * (a household file read by a case manager, a visit with its members) took one audit lane lock
 * per entry, in random order, so two such requests could deadlock and one of them failed.
 */
class AuditLaneTests extends HttpTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentRequestsThatEachAuditSeveralRecordsAllSucceed() throws Exception {
        String marker = UUID.randomUUID().toString();
        int threads = 8;
        int requests = 40;
        int entries = 4;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> results = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            results.add(pool.submit(() -> {
                for (int r = 0; r < requests; r++) {
                    transactions.executeWithoutResult(tx -> {
                        for (int e = 0; e < entries; e++) {
                            auditLog.record(AuditRecord.of(AuditAction.READ, "LaneTest", marker));
                        }
                    });
                }
                return null;
            }));
        }
        List<Throwable> failures = new ArrayList<>();
        for (Future<?> result : results) {
            try {
                result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                failures.add(e.getCause());
            }
        }
        pool.shutdown();

        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit.audit_entry WHERE record_id = ?").param(marker)
                .query(Long.class).single()).isEqualTo((long) threads * requests * entries);
        assertThat(verifier.verify().breaks()).isEmpty();
    }
}
