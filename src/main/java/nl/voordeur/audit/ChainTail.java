package nl.voordeur.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Where a lane's chain goes on: the hash of its newest entry and the ids of the next entries,
 * in one round trip. The ids are part of what the keyed hash covers, so they are taken from the
 * table's sequence before the rows are written; the lane's lock is held meanwhile, so a lane's
 * ids still rise in the order of its chain.
 */
record ChainTail(String prevHash, List<Long> ids) {

    static ChainTail of(JdbcClient jdbc, int lane, int count) {
        List<Object[]> rows = jdbc.sql("""
                SELECT nextval(pg_get_serial_sequence('audit.audit_entry', 'id')),
                       (SELECT hash FROM audit.audit_entry WHERE lane = :lane ORDER BY id DESC LIMIT 1)
                FROM generate_series(1, :count)""")
                .param("lane", lane).param("count", count)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)}).list();
        String prev = rows.getFirst()[1] == null ? AuditChain.GENESIS : (String) rows.getFirst()[1];
        return new ChainTail(prev, rows.stream().map(row -> (Long) row[0]).sorted().toList());
    }
}
