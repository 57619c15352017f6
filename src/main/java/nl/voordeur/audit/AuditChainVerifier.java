package nl.voordeur.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import nl.voordeur.audit.AuditTrail.ChainBreak;
import nl.voordeur.audit.AuditTrail.ChainReport;

/**
 * Walks the audit log lane by lane in insertion order and recomputes each hash. An altered
 * entry no longer matches its own hash; a removed entry breaks the link of the one after it.
 */
class AuditChainVerifier {

    private final JdbcClient jdbc;

    AuditChainVerifier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ChainReport verify() {
        Map<Integer, String> lastHash = new HashMap<>();
        List<ChainBreak> breaks = new ArrayList<>();
        long[] count = {0};
        jdbc.sql("SELECT * FROM audit.audit_entry ORDER BY lane, id").query((ResultSet rs) -> {
            count[0]++;
            int lane = rs.getInt("lane");
            long id = rs.getLong("id");
            String expectedPrev = lastHash.getOrDefault(lane, AuditChain.GENESIS);
            if (!expectedPrev.equals(rs.getString("prev_hash"))) {
                breaks.add(new ChainBreak(lane, id, "link to previous entry broken (entry removed or altered)"));
            }
            String recomputed = AuditChain.hash(rs.getString("prev_hash"), canonical(rs));
            if (!recomputed.equals(rs.getString("hash"))) {
                breaks.add(new ChainBreak(lane, id, "content does not match its hash (entry altered)"));
            }
            lastHash.put(lane, rs.getString("hash"));
        });
        return new ChainReport(count[0], breaks);
    }

    private static String canonical(ResultSet rs) throws SQLException {
        return AuditChain.canonical(rs.getInt("lane"), rs.getTimestamp("at").toInstant(),
                rs.getObject("user_id", UUID.class), rs.getString("username"),
                rs.getObject("organisation_id", UUID.class), rs.getString("roles"), rs.getString("action"),
                rs.getString("outcome"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getObject("person_id", UUID.class), rs.getObject("programme_id", UUID.class),
                rs.getString("purpose"), rs.getString("reason"), rs.getBoolean("break_glass"),
                rs.getString("channel"), rs.getString("client_address"), rs.getString("details"));
    }
}
