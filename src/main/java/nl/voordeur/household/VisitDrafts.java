package nl.voordeur.household;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.address.Outreach;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * The visit form as it is being typed, kept on the server per visitor and address, so a
 * dropped connection or a flat battery loses nothing. Recording the visit removes the draft.
 */
@Service
@Transactional
public class VisitDrafts {

    static final int MAX_LENGTH = 200_000;

    private final Outreach outreach;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    VisitDrafts(Outreach outreach, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.outreach = outreach;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public Instant save(UUID addressId, String content) {
        UUID programmeId = outreach.requireAddress(addressId);
        if (content == null || content.length() > MAX_LENGTH) throw new DomainRuleViolated("draft.tooLarge", "content");
        Instant now = Instant.now(clock);
        jdbc.sql("""
                INSERT INTO household.visit_draft (address_id, user_id, content, saved_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (address_id, user_id) DO UPDATE SET content = EXCLUDED.content, saved_at = EXCLUDED.saved_at""")
                .params(addressId, CurrentUser.require().id(), content, Timestamp.from(now)).update();
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "VisitDraft", addressId).inProgramme(programmeId));
        return now;
    }

    public Optional<String> load(UUID addressId) {
        UUID programmeId = outreach.requireAddress(addressId);
        Optional<String> draft = jdbc.sql("SELECT content FROM household.visit_draft WHERE address_id = ? AND user_id = ?")
                .params(addressId, CurrentUser.require().id()).query(String.class).optional();
        draft.ifPresent(d -> auditLog.record(AuditRecord.of(AuditAction.READ, "VisitDraft", addressId).inProgramme(programmeId)));
        return draft;
    }
}
