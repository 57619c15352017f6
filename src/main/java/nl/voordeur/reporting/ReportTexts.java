package nl.voordeur.reporting;

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
import nl.voordeur.shared.DomainRuleViolated;

/** The coordinator's own words in the yearly report: conclusions and recommendations, and anonymised stories. */
@Service
@Transactional
public class ReportTexts {

    static final int MAX = 20_000;

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    ReportTexts(ProgrammeGuard guard, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record Text(String conclusions, String stories) {
        static final Text EMPTY = new Text("", "");
    }

    @Transactional(readOnly = true)
    public Text get(UUID programmeId, int year) {
        return jdbc.sql("SELECT conclusions, stories FROM reporting.report_text WHERE programme_id = ? AND year = ?")
                .params(programmeId, year).query((rs, n) -> new Text(rs.getString(1), rs.getString(2)))
                .optional().orElse(Text.EMPTY);
    }

    public void save(UUID programmeId, int year, String conclusions, String stories) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (length(conclusions) > MAX) throw new DomainRuleViolated("report.text.tooLong", "conclusions", MAX);
        if (length(stories) > MAX) throw new DomainRuleViolated("report.text.tooLong", "stories", MAX);
        jdbc.sql("""
                INSERT INTO reporting.report_text (programme_id, year, conclusions, stories, updated_by, updated_at)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (programme_id, year)
                DO UPDATE SET conclusions = EXCLUDED.conclusions, stories = EXCLUDED.stories,
                              updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at""")
                .params(programmeId, year, conclusions, stories, user.id(), Timestamp.from(Instant.now(clock))).update();
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "ReportText", programmeId).inProgramme(programmeId)
                .withDetails("year=" + year));
    }

    private static int length(String text) {
        return text == null ? 0 : text.length();
    }
}
