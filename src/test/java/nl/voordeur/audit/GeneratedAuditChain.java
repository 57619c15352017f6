package nl.voordeur.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

/**
 * Test-only door to the audit module's hash chain, so that the synthetic-data generator
 * (nl.voordeur.bench.generator) chains its bulk audit entries exactly as {@link AuditLog} does,
 * keyed with the running application's key, and {@link AuditChainVerifier} accepts them. One
 * instance hashes on one thread.
 */
public final class GeneratedAuditChain {

    public static final String GENESIS = AuditChain.GENESIS;
    public static final int LANES = AuditLog.LANES;
    /** The columns of {@link #row}, for COPY. */
    public static final String COLUMNS = String.join(", ", ChainedEntry.COLUMNS) + ", hash";

    private final AuditChain.Hasher hasher;
    private final AuditChainVerifier verifier;

    private GeneratedAuditChain(AuditChain chain, AuditChainVerifier verifier) {
        this.hasher = chain.hasher();
        this.verifier = verifier;
    }

    public static GeneratedAuditChain of(ApplicationContext context) {
        return new GeneratedAuditChain(context.getBean(AuditChain.class), context.getBean(AuditChainVerifier.class));
    }

    /** Whether the whole audit log still verifies, as the privacy officer's check would report. */
    public boolean intact() {
        return verifier.verify().intact();
    }

    /**
     * One keyed entry as a row of {@link #COLUMNS}; {@code fields} are {@code at} to {@code details}
     * without {@code on_behalf_of}, as {@code Batch.audit} lists them. The hash is the last value.
     */
    public Object[] row(long id, int lane, String prevHash, Object[] fields) {
        Object[] f = fields;
        ChainedEntry entry = new ChainedEntry(id, lane, (Instant) f[0], (UUID) f[1], (String) f[2], (UUID) f[3],
                (String) f[4], null, (String) f[5], (String) f[6], (String) f[7], (String) f[8], (UUID) f[9],
                (UUID) f[10], (String) f[11], (String) f[12], (Boolean) f[13], (String) f[14], (String) f[15],
                (String) f[16], AuditChain.KEYED, prevHash);
        Object[] values = entry.values();
        Object[] row = Arrays.copyOf(values, values.length + 1);
        row[values.length] = hasher.hash(entry);
        return row;
    }
}
