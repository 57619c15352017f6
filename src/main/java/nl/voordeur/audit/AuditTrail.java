package nl.voordeur.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

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

    AuditTrail(JdbcClient jdbc, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public PageResult<AuditEntryView> search(AuditQuery query, Paging paging) {
        StringBuilder where = new StringBuilder(" WHERE true");
        Map<String, Object> params = new java.util.HashMap<>();
        AuditScope scope = AuditLog.currentActor().map(AuditActor::auditScope).orElse(AuditScope.of(java.util.Set.of()));
        if (!scope.everything()) {
            // the programme's entries, and the programme-less ones (logins, refusals) of its people
            where.append(" AND (programme_id = ANY(:programmes) OR (programme_id IS NULL AND user_id IN ("
                    + "SELECT g.user_id FROM access.role_grant g WHERE g.programme_id = ANY(:programmes))))");
            params.put("programmes", scope.programmes().toArray(UUID[]::new));
        }
        if (query.personId() != null) { where.append(" AND person_id = :personId"); params.put("personId", query.personId()); }
        if (query.userId() != null) { where.append(" AND user_id = :userId"); params.put("userId", query.userId()); }
        if (query.from() != null) { where.append(" AND at >= :from"); params.put("from", java.sql.Timestamp.from(query.from())); }
        if (query.to() != null) { where.append(" AND at < :to"); params.put("to", java.sql.Timestamp.from(query.to())); }
        long total = jdbc.sql("SELECT count(*) FROM audit.audit_entry" + where).params(params).query(Long.class).single();
        List<AuditEntryView> items = jdbc.sql("""
                SELECT id, at, user_id, username, organisation_id, roles, action, outcome, record_type, record_id,
                       person_id, purpose, reason, break_glass, channel, client_address
                FROM audit.audit_entry""" + where + " ORDER BY at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(AuditEntryView.class).list();
        auditLog.record(AuditRecord.of(AuditAction.SEARCH, "AuditLog", null)
                .forPerson(query.personId())
                .withDetails(describe(query)));
        return new PageResult<>(items, total);
    }

    private static String describe(AuditQuery query) {
        List<String> parts = new ArrayList<>();
        if (query.userId() != null) parts.add("user=" + query.userId());
        if (query.from() != null) parts.add("from=" + query.from());
        if (query.to() != null) parts.add("to=" + query.to());
        return String.join(";", parts);
    }

    /** Recomputes every lane's hash chain and reports each entry that does not fit. */
    public ChainReport verifyChain() {
        ChainReport report = new AuditChainVerifier(jdbc).verify();
        auditLog.record(AuditRecord.of(AuditAction.READ, "AuditChain", null)
                .withDetails("checked=" + report.entriesChecked() + ";breaks=" + report.breaks().size()));
        return report;
    }

    public record ChainReport(long entriesChecked, List<ChainBreak> breaks) {
        public boolean intact() { return breaks.isEmpty(); }
    }

    public record ChainBreak(int lane, long entryId, String problem) {
    }

}
