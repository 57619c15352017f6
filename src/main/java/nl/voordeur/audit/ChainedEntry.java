package nl.voordeur.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

/**
 * One row of {@code audit.audit_entry}, every column but its hash, in the order the hash covers
 * them. {@link #COLUMNS} names them; {@code AuditChainTests} checks that no column of the table
 * is left out.
 */
record ChainedEntry(long id, int lane, Instant at, UUID userId, String username, UUID organisationId, String roles,
                    UUID onBehalfOf, String action, String outcome, String recordType, String recordId,
                    UUID personId, UUID programmeId, String purpose, String reason, boolean breakGlass,
                    String channel, String clientAddress, String details, int hashVersion, String prevHash) {

    static final List<String> COLUMNS = List.of("id", "lane", "at", "user_id", "username", "organisation_id", "roles",
            "on_behalf_of", "action", "outcome", "record_type", "record_id", "person_id", "programme_id", "purpose",
            "reason", "break_glass", "channel", "client_address", "details", "hash_version", "prev_hash");

    /** A new keyed entry for what {@code actor} did. */
    static ChainedEntry of(long id, int lane, Instant at, AuditActor actor, AuditRecord record, AuditLog.Origin origin,
                           String prevHash) {
        return new ChainedEntry(id, lane, at, actor == null ? null : actor.userId(),
                actor == null ? null : actor.username(), actor == null ? null : actor.organisationId(),
                actor == null ? null : String.join(",", new TreeSet<>(actor.roleNames())), null,
                record.action().name(), record.denied() ? "DENIED" : "SUCCESS", record.recordType(), record.recordId(),
                record.personId(), record.programmeId(), record.purpose(), record.reason(), record.breakGlass(),
                origin.channel(), origin.clientAddress(), record.details(), AuditChain.KEYED, prevHash);
    }

    /** The entry in the current row, as stored. */
    static ChainedEntry read(ResultSet rs) throws SQLException {
        return new ChainedEntry(rs.getLong("id"), rs.getInt("lane"), rs.getTimestamp("at").toInstant(),
                rs.getObject("user_id", UUID.class), rs.getString("username"),
                rs.getObject("organisation_id", UUID.class), rs.getString("roles"),
                rs.getObject("on_behalf_of", UUID.class), rs.getString("action"), rs.getString("outcome"),
                rs.getString("record_type"), rs.getString("record_id"), rs.getObject("person_id", UUID.class),
                rs.getObject("programme_id", UUID.class), rs.getString("purpose"), rs.getString("reason"),
                rs.getBoolean("break_glass"), rs.getString("channel"), rs.getString("client_address"),
                rs.getString("details"), rs.getInt("hash_version"), rs.getString("prev_hash"));
    }

    /** Every column in {@link #COLUMNS} order, as the hash covers them. */
    Object[] values() {
        return new Object[] {id, lane, at, userId, username, organisationId, roles, onBehalfOf, action, outcome,
                recordType, recordId, personId, programmeId, purpose, reason, breakGlass, channel, clientAddress,
                details, hashVersion, prevHash};
    }

    /** The values to insert, in {@link #COLUMNS} order and then the hash. */
    Object[] row(String hash) {
        Object[] values = values();
        Object[] row = Arrays.copyOf(values, values.length + 1);
        row[2] = Timestamp.from(at);
        row[values.length] = hash;
        return row;
    }

    /** The fields the plain SHA-256 chain covered before issue 16 (without id, on_behalf_of and the version). */
    Object[] legacyFields() {
        return new Object[] {lane, at, userId, username, organisationId, roles, action, outcome, recordType, recordId,
                personId, programmeId, purpose, reason, breakGlass, channel, clientAddress, details};
    }
}
