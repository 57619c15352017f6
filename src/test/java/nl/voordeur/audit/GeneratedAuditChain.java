package nl.voordeur.audit;

/**
 * Test-only door to the audit module's hash chain, so that the synthetic-data generator
 * (nl.voordeur.bench.generator) chains its bulk audit entries exactly as {@link AuditLog} does
 * and {@link AuditChainVerifier} accepts them.
 */
public final class GeneratedAuditChain {

    public static final String GENESIS = AuditChain.GENESIS;
    public static final int LANES = AuditLog.LANES;

    private GeneratedAuditChain() {
    }

    /** Whether the whole audit log still verifies, as the privacy officer's check would report. */
    public static boolean intact(org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return new AuditChainVerifier(jdbc).verify().intact();
    }

    /** The hash of one entry; {@code fields} in the order {@link ChainedEntry#hash()} uses. */
    public static String hash(String prevHash, Object... fields) {
        return AuditChain.hash(prevHash, AuditChain.canonical(fields));
    }
}
