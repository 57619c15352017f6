package nl.voordeur.audit;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.SpreadsheetText;

/**
 * Answers "who looked at this person's file, when and why". Only the privacy officer may ask,
 * within their {@link AuditScope}, and every question is itself audited.
 */
@Service
@Transactional
@PreAuthorize("hasAuthority('PRIVACY_OFFICER')")
public class AuditTrail {

    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final AuditChainVerifier verifier;

    AuditTrail(JdbcClient jdbc, AuditLog auditLog, AuditChainVerifier verifier) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.verifier = verifier;
    }

    public PageResult<AuditEntryView> search(AuditQuery query, Paging paging) {
        Filter filter = filter(query);
        long total = jdbc.sql("SELECT count(*) FROM audit.audit_entry" + filter.where()).params(filter.params())
                .query(Long.class).single();
        List<AuditEntryView> items = entries(filter, paging.size(), paging.offset());
        auditLog.record(AuditRecord.of(AuditAction.SEARCH, "AuditLog", null)
                .forPerson(query.personId())
                .withDetails(describe(query)));
        return new PageResult<>(items, total);
    }

    /**
     * The entries of a search as CSV (newest first, at most {@link #EXPORT_LIMIT}), for the privacy
     * officer's own records or an inspector; cells are defused against spreadsheet formulas and the
     * export is itself an audited EXPORT.
     */
    public String export(AuditQuery query) {
        StringBuilder csv = new StringBuilder(SpreadsheetText.csvLine(EXPORT_COLUMNS)).append("\r\n");
        List<AuditEntryView> items = entries(filter(query), EXPORT_LIMIT, 0);
        for (AuditEntryView e : items) {
            csv.append(SpreadsheetText.csvLine(Arrays.asList(e.at(), e.userId(), e.username(), e.organisationId(),
                    e.roles(), e.action(), e.outcome(), e.recordType(), e.recordId(), e.personId(), e.purpose(),
                    e.reason(), e.breakGlass(), e.channel(), e.clientAddress()))).append("\r\n");
        }
        auditLog.record(AuditRecord.of(AuditAction.EXPORT, "AuditLog", null)
                .forPerson(query.personId())
                .withDetails(describe(query) + (describe(query).isEmpty() ? "" : ";") + "rows=" + items.size()));
        return csv.toString();
    }

    public static final int EXPORT_LIMIT = 100_000;

    private static final List<String> EXPORT_COLUMNS = List.of("at", "user_id", "username", "organisation_id", "roles",
            "action", "outcome", "record_type", "record_id", "person_id", "purpose", "reason", "break_glass", "channel",
            "client_address");

    private record Filter(String where, Map<String, Object> params) {
    }

    /** The privacy officer's scope and the query's parts as one WHERE clause. */
    private static Filter filter(AuditQuery query) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new HashMap<>();
        AuditScope scope = AuditLog.currentActor().map(AuditActor::auditScope).orElse(AuditScope.of(Set.of()));
        if (!scope.everything()) {
            // the programme's entries, and the programme-less ones (logins, refusals) of its people
            where.append(" AND (programme_id = ANY(:programmes) OR (programme_id IS NULL AND user_id IN ("
                    + "SELECT g.user_id FROM access.role_grant g WHERE g.programme_id = ANY(:programmes))))");
            params.put("programmes", scope.programmes().toArray(UUID[]::new));
        }
        if (query.personId() != null) { where.append(" AND person_id = :personId"); params.put("personId", query.personId()); }
        if (query.userId() != null) { where.append(" AND user_id = :userId"); params.put("userId", query.userId()); }
        if (query.from() != null) { where.append(" AND at >= :from"); params.put("from", Timestamp.from(query.from())); }
        if (query.to() != null) { where.append(" AND at < :to"); params.put("to", Timestamp.from(query.to())); }
        return new Filter(where.toString(), params);
    }

    private List<AuditEntryView> entries(Filter filter, int limit, long offset) {
        return jdbc.sql("""
                SELECT id, at, user_id, username, organisation_id, roles, action, outcome, record_type, record_id,
                       person_id, purpose, reason, break_glass, channel, client_address
                FROM audit.audit_entry""" + filter.where() + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(filter.params()).param("limit", limit).param("offset", offset)
                .query(AuditEntryView.class).list();
    }

    private static String describe(AuditQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.userId() != null) parts.add("user=" + query.userId());
        if (query.from() != null) parts.add("from=" + query.from());
        if (query.to() != null) parts.add("to=" + query.to());
        return String.join(";", parts);
    }

    /**
     * Recomputes every lane's keyed hash chain, compares each lane with the latest signed
     * checkpoint, and reports each entry that does not fit.
     */
    public ChainReport verifyChain() {
        ChainReport report = verifier.verify();
        auditLog.record(AuditRecord.of(AuditAction.READ, "AuditChain", null)
                .withDetails("checked=" + report.entriesChecked() + ";breaks=" + report.breaks().size()));
        return report;
    }

    /** The chain check's outcome; {@code checkpoint} is the one compared with, if any. */
    public record ChainReport(long entriesChecked, List<ChainBreak> breaks, Checkpoint checkpoint) {
        public boolean intact() { return breaks.isEmpty(); }

        /** When the checkpoint was taken, since when the store keeps them, and the first entry that must be keyed. */
        public record Checkpoint(Instant at, Instant since, long keyedFrom) {
        }
    }

    /** An entry that does not fit, or (lane -1, entry 0) a problem of the checkpoint store. */
    public record ChainBreak(int lane, long entryId, String problem) {
    }

}
