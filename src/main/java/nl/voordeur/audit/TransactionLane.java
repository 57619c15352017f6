package nl.voordeur.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The audit lane a transaction writes to. A transaction locks one lane (a PostgreSQL advisory
 * lock held until it ends) and keeps it for every further entry: taking a second lane, in
 * random order, let two transactions that each audit several records deadlock (found by the
 * Gatling load test). A transaction started inside another one (REQUIRES_NEW) gets its own.
 */
final class TransactionLane implements TransactionSynchronization {

    private final int lane;

    private TransactionLane(int lane) {
        this.lane = lane;
    }

    /** The lane this transaction already holds, or {@code proposed} after locking it. */
    static int hold(JdbcClient jdbc, int proposed) {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        if (inTransaction) {
            for (TransactionSynchronization held : TransactionSynchronizationManager.getSynchronizations()) {
                if (held instanceof TransactionLane taken) return taken.lane;
            }
        }
        jdbc.sql("SELECT pg_advisory_xact_lock(7513, :lane)").param("lane", proposed).query().singleValue();
        if (inTransaction) TransactionSynchronizationManager.registerSynchronization(new TransactionLane(proposed));
        return proposed;
    }
}
