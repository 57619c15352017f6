package nl.voordeur.audit;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.audit.AuditTrail.ChainBreak;
import nl.voordeur.audit.AuditTrail.ChainReport;

/**
 * Walks the audit log lane by lane in insertion order against the latest signed checkpoint
 * ({@link ChainCheck} holds the rules). One pass, one HMAC per entry. The checkpoint store's own
 * problems are reported as breaks of lane -1: a checkpoint line whose signature fails, or no
 * checkpoint at all (one is written at every start, so none means the store was emptied).
 */
@Component
class AuditChainVerifier {

    private final JdbcClient jdbc;
    private final AuditChain chain;
    private final AuditCheckpoints checkpoints;

    AuditChainVerifier(JdbcClient jdbc, AuditChain chain, AuditCheckpoints checkpoints) {
        this.jdbc = jdbc;
        this.chain = chain;
        this.checkpoints = checkpoints;
    }

    ChainReport verify() {
        return verify(jdbc);
    }

    /** The same check through another connection, e.g. one in a transaction of its own. */
    ChainReport verify(JdbcClient through) {
        AuditCheckpoints.Latest latest = checkpoints.latest();
        AuditCheckpoint checkpoint = latest.checkpoint().orElse(null);
        ChainCheck check = new ChainCheck(chain.hasher(), checkpoint);
        through.sql("SELECT * FROM audit.audit_entry ORDER BY lane, id")
                .query((ResultSet rs) -> check.accept(ChainedEntry.read(rs), rs.getString("hash")));
        List<ChainBreak> breaks = new ArrayList<>();
        if (latest.forged() > 0) {
            breaks.add(new ChainBreak(-1, 0, latest.forged() + " checkpoint(s) fail their signature (checkpoint store altered)"));
        }
        if (checkpoint == null) {
            breaks.add(new ChainBreak(-1, 0, "no checkpoint found: removed entries cannot be detected (checkpoint store emptied)"));
        }
        breaks.addAll(check.breaks());
        return new ChainReport(check.checked(), breaks, checkpoint == null ? null
                : new ChainReport.Checkpoint(checkpoint.at(), checkpoint.since(), checkpoint.keyedFrom()));
    }
}
