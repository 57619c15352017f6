package nl.voordeur.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.StringJoiner;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone who holds the database and has read Voordeur's source: as the superuser they switch
 * the append-only trigger off, rewrite or delete audit entries and recompute the hash chain the
 * way the code before issue 16 computed it (plain SHA-256 over the entry's fields and the
 * previous hash). Written out here, not borrowed from the audit module, so the attack stays
 * what it was whatever the module does now.
 *
 * <p>The tests share one database, so every attack is undone afterwards: {@link #snapshot} keeps
 * a lane's entries from an id on, {@link Snapshot#close()} puts exactly those back (entries
 * appended to the lane meanwhile, such as the verify request's own, go too).
 */
final class DatabaseAttacker {

    private final JdbcClient superuser;
    private final TransactionTemplate transactions;

    DatabaseAttacker(DataSource superuserDataSource) {
        this.superuser = JdbcClient.create(superuserDataSource);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(superuserDataSource));
    }

    boolean isSuperuser() {
        return superuser.sql("SELECT rolsuper FROM pg_roles WHERE rolname = current_user").query(Boolean.class).single();
    }

    /** Keeps lane {@code lane} from entry {@code fromId} on, to be put back by closing the snapshot. */
    Snapshot snapshot(int lane, long fromId) {
        String rows = superuser.sql("SELECT coalesce(jsonb_agg(e ORDER BY id), '[]')::text FROM audit.audit_entry e "
                + "WHERE lane = ? AND id >= ?").params(lane, fromId).query(String.class).single();
        return new Snapshot(lane, fromId, rows);
    }

    /** Sets {@code column} of one entry and recomputes the plain hashes from it to the lane's end. */
    void rewrite(long id, String column, String value) {
        transactions.executeWithoutResult(tx -> {
            superuser.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only").update();
            superuser.sql("UPDATE audit.audit_entry SET " + column + " = ? WHERE id = ?").params(value, id).update();
            int lane = superuser.sql("SELECT lane FROM audit.audit_entry WHERE id = ?").param(id).query(Integer.class).single();
            String prev = superuser.sql("SELECT prev_hash FROM audit.audit_entry WHERE id = ?").param(id)
                    .query(String.class).single();
            List<Long> ids = superuser.sql("SELECT id FROM audit.audit_entry WHERE lane = ? AND id >= ? ORDER BY id")
                    .params(lane, id).query(Long.class).list();
            for (long each : ids) {
                String chained = prev;
                String hash = superuser.sql("SELECT * FROM audit.audit_entry WHERE id = ?").param(each)
                        .query((rs, n) -> sha256(chained, canonical(rs))).single();
                superuser.sql("UPDATE audit.audit_entry SET prev_hash = ?, hash = ? WHERE id = ?")
                        .params(prev, hash, each).update();
                prev = hash;
            }
            superuser.sql("ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_append_only").update();
        });
    }

    /** Deletes the entries of {@code lane} from {@code fromId} on: the newest ones. */
    void deleteFrom(int lane, long fromId) {
        transactions.executeWithoutResult(tx -> {
            superuser.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only").update();
            superuser.sql("DELETE FROM audit.audit_entry WHERE lane = ? AND id >= ?").params(lane, fromId).update();
            superuser.sql("ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_append_only").update();
        });
    }

    /**
     * Inserts, through {@code as} (for example the application's own role), an entry that chains
     * onto the lane's newest entry with a hash computed as the code before issue 16 did.
     */
    static long forge(JdbcClient as, TransactionTemplate transactions, int lane, String username, UUID person) {
        return transactions.execute(tx -> {
            as.sql("SELECT pg_advisory_xact_lock(7513, ?)").param(lane).query().singleValue();
            String prev = as.sql("SELECT hash FROM audit.audit_entry WHERE lane = ? ORDER BY id DESC LIMIT 1")
                    .param(lane).query(String.class).single();
            java.time.Instant at = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            String record = UUID.randomUUID().toString();
            String hash = sha256(prev, join(lane, at, null, username, null, null, "READ", "SUCCESS", "Household",
                    record, person, null, null, null, false, "PAGE", "127.0.0.1", null));
            return as.sql("""
                    INSERT INTO audit.audit_entry (lane, at, username, action, outcome, record_type, record_id, person_id,
                        break_glass, channel, client_address, prev_hash, hash)
                    VALUES (?, ?, ?, 'READ', 'SUCCESS', 'Household', ?, ?, false, 'PAGE', '127.0.0.1', ?, ?) RETURNING id""")
                    .params(lane, java.sql.Timestamp.from(at), username, record, person, prev, hash)
                    .query(Long.class).single();
        });
    }

    private static String canonical(ResultSet rs) throws SQLException {
        return join(rs.getInt("lane"), rs.getTimestamp("at").toInstant(), rs.getObject("user_id", UUID.class),
                rs.getString("username"), rs.getObject("organisation_id", UUID.class), rs.getString("roles"),
                rs.getString("action"), rs.getString("outcome"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getObject("person_id", UUID.class), rs.getObject("programme_id", UUID.class), rs.getString("purpose"),
                rs.getString("reason"), rs.getBoolean("break_glass"), rs.getString("channel"),
                rs.getString("client_address"), rs.getString("details"));
    }

    private static String join(Object... fields) {
        StringJoiner joiner = new StringJoiner("\u001f");
        for (Object field : fields) joiner.add(field == null ? "\u2400" : field.toString());
        return joiner.toString();
    }

    private static String sha256(String prev, String canonical) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(prev.getBytes(StandardCharsets.UTF_8));
            digest.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A lane as it was; closing it puts the lane back exactly so. */
    final class Snapshot implements AutoCloseable {

        private final int lane;
        private final long fromId;
        private final String rows;

        private Snapshot(int lane, long fromId, String rows) {
            this.lane = lane;
            this.fromId = fromId;
            this.rows = rows;
        }

        @Override
        public void close() {
            transactions.executeWithoutResult(tx -> {
                superuser.sql("ALTER TABLE audit.audit_entry DISABLE TRIGGER audit_entry_append_only").update();
                superuser.sql("DELETE FROM audit.audit_entry WHERE lane = ? AND id >= ?").params(lane, fromId).update();
                superuser.sql("INSERT INTO audit.audit_entry OVERRIDING SYSTEM VALUE "
                        + "SELECT * FROM jsonb_populate_recordset(NULL::audit.audit_entry, ?::jsonb)").param(rows).update();
                superuser.sql("ALTER TABLE audit.audit_entry ENABLE TRIGGER audit_entry_append_only").update();
            });
        }
    }
}
