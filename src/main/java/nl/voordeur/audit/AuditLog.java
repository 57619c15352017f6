package nl.voordeur.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Writes audit entries. Joins the caller's transaction, so a write and its audit entry
 * commit together or not at all; a caller without a transaction gets one of its own.
 * Callers that audit a read must therefore not run in a read-only transaction. A refusal
 * (an entry with outcome DENIED) outlives a rollback: the refusal usually ends in an exception
 * that rolls the caller's transaction back, so it is written again after that, on its own.
 * Each entry is chained onto its lane's newest one with a keyed hash ({@link AuditChain}): one
 * lock, one look-up of the lane's tail and one batch insert per call, however many entries.
 */
@Service
public class AuditLog {

    static final int LANES = 16;

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final Clock clock;
    private final TransactionTemplate separately;
    private final AuditChain chain;

    AuditLog(JdbcClient jdbc, JdbcTemplate batches, Clock clock, PlatformTransactionManager transactions,
             AuditChain chain) {
        this.jdbc = jdbc;
        this.batches = batches;
        this.chain = chain;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Records the action for the user in the security context. */
    @Transactional
    public void record(AuditRecord record) {
        record(record, currentActor());
    }

    /** Records the action for an explicit actor (for example a login attempt), or none. */
    @Transactional
    public void record(AuditRecord record, Optional<AuditActor> actor) {
        recordAll(List.of(record), actor);
    }

    /**
     * Records several entries for the user in the security context (for example one per person
     * shown), chained one after the other in one lane: one lock and one look-up for all of them.
     */
    @Transactional
    public void recordAll(List<AuditRecord> records) {
        recordAll(records, currentActor());
    }

    private void recordAll(List<AuditRecord> records, Optional<AuditActor> actor) {
        if (records.isEmpty()) return;
        append(records, actor);
        List<AuditRecord> refusals = records.stream().filter(AuditRecord::denied).toList();
        if (!refusals.isEmpty() && TransactionSynchronizationManager.isSynchronizationActive()) {
            // A refusal usually ends in an exception that rolls the caller's transaction back, and
            // its entry with it: write it again once that transaction has ended (and released its lane).
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) separately.executeWithoutResult(tx -> append(refusals, actor));
                }
            });
        }
    }

    private void append(List<AuditRecord> records, Optional<AuditActor> actor) {
        int lane = ThreadLocalRandom.current().nextInt(LANES);
        lane = TransactionLane.hold(jdbc, lane);
        ChainTail tail = ChainTail.of(jdbc, lane, records.size());
        Instant at = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        Origin origin = Origin.current();
        AuditChain.Hasher hasher = chain.hasher();
        String prev = tail.prevHash();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            AuditRecord record = RequestAuditMarks.apply(records.get(i));
            if (record.denied()) RequestAuditMarks.noteDenial();
            ChainedEntry entry = ChainedEntry.of(tail.ids().get(i), lane, at, actor.orElse(null), record, origin, prev);
            prev = hasher.hash(entry);
            rows.add(entry.row(prev));
        }
        // One JDBC batch, with the ids taken above (they are part of the hash).
        batches.batchUpdate(INSERT, rows);
    }

    private static final String INSERT = "INSERT INTO audit.audit_entry (" + String.join(", ", ChainedEntry.COLUMNS)
            + ", hash) OVERRIDING SYSTEM VALUE VALUES (" + "?, ".repeat(ChainedEntry.COLUMNS.size()) + "?)";

    static Optional<AuditActor> currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AuditActor actor) {
            return Optional.of(actor);
        }
        return Optional.empty();
    }

    /** Where the action came from: the page, the API, or the system itself. */
    record Origin(String channel, String clientAddress) {

        static Origin current() {
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
                HttpServletRequest request = attributes.getRequest();
                String channel = request.getRequestURI().startsWith("/api/") ? "API" : "PAGE";
                return new Origin(channel, request.getRemoteAddr());
            }
            return new Origin("SYSTEM", null);
        }
    }
}
