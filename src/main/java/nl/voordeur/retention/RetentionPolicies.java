package nl.voordeur.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;

/** The retention terms per programme; the privacy officer of the programme and the administrator set them. */
@Service
@Transactional
public class RetentionPolicies {

    private static final String POLICY = "RetentionPolicy";

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final RetentionProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    RetentionPolicies(ProgrammeGuard guard, JdbcClient jdbc, RetentionProperties properties, AuditLog auditLog,
                      Clock clock) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public RetentionPolicy get(UUID programmeId) {
        guard.require(programmeId, Role.PRIVACY_OFFICER, Role.ADMIN);
        auditLog.record(AuditRecord.of(AuditAction.READ, POLICY, programmeId).inProgramme(programmeId));
        return of(programmeId);
    }

    /** Changes the terms, refusing a change based on an older version (someone else saved in between). */
    public RetentionPolicy change(UUID programmeId, Integer caseMonths, Integer contactOnlyMonths, int expectedVersion) {
        CurrentUser user = guard.require(programmeId, Role.PRIVACY_OFFICER, Role.ADMIN);
        if (caseMonths == null || caseMonths < 1 || caseMonths > 240) {
            throw new DomainRuleViolated("retention.caseMonths.range", "caseMonths");
        }
        if (contactOnlyMonths == null || contactOnlyMonths < 0 || contactOnlyMonths > 240) {
            throw new DomainRuleViolated("retention.contactOnlyMonths.range", "contactOnlyMonths");
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = expectedVersion == 0
                ? jdbc.sql("""
                        INSERT INTO retention.retention_policy (programme_id, case_months, contact_only_months, updated_by,
                            updated_at, version) VALUES (?, ?, ?, ?, ?, 1) ON CONFLICT (programme_id) DO NOTHING""")
                        .params(programmeId, caseMonths, contactOnlyMonths, user.id(), now).update()
                : jdbc.sql("""
                        UPDATE retention.retention_policy SET case_months = ?, contact_only_months = ?, updated_by = ?,
                            updated_at = ?, version = version + 1 WHERE programme_id = ? AND version = ?""")
                        .params(caseMonths, contactOnlyMonths, user.id(), now, programmeId, expectedVersion).update();
        if (updated == 0) throw new ConcurrentEdit(POLICY);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, POLICY, programmeId).inProgramme(programmeId)
                .withDetails("caseMonths=" + caseMonths + ";contactOnlyMonths=" + contactOnlyMonths));
        return of(programmeId);
    }

    /** The terms without an access check, for the job and the dry run. */
    RetentionPolicy of(UUID programmeId) {
        return jdbc.sql("SELECT case_months, contact_only_months, version FROM retention.retention_policy WHERE programme_id = ?")
                .param(programmeId)
                .query((rs, n) -> new RetentionPolicy(programmeId, rs.getInt(1), rs.getInt(2), false, rs.getInt(3)))
                .optional()
                .orElseGet(() -> new RetentionPolicy(programmeId, properties.defaultCaseMonths(),
                        properties.defaultContactOnlyMonths(), true, 0));
    }
}
