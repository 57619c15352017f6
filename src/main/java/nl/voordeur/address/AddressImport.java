package nl.voordeur.address;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * Imports a programme's address list. A preview parses and counts without changing anything;
 * confirming imports every valid row in one transaction. A rejected file changes nothing.
 */
@Service
public class AddressImport {

    private final ProgrammeGuard guard;
    private final AddressStaging staging;
    private final AddressCsvParser parser;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    AddressImport(ProgrammeGuard guard, AddressStaging staging, AddressProperties properties, JdbcClient jdbc,
                  AuditLog auditLog, MessageSource messages, Clock clock) {
        this.guard = guard;
        this.staging = staging;
        this.parser = new AddressCsvParser(properties.importMaxBytes());
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.messages = messages;
        this.clock = clock;
    }

    /** Refuses a caller who may not import into the programme, before their upload is read. */
    public void requireImporter(UUID programmeId) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
    }

    /** Counts what an import would do; nothing is changed (the transaction is rolled back). */
    @Transactional
    public ImportSummary preview(UUID programmeId, byte[] content) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        Staged staged = stageAndCount(programmeId, content);
        TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
        return summary(null, false, staged.parsed(), staged.counts());
    }

    /** Keeps the upload so the coordinator can confirm the preview later, and returns the preview. */
    @Transactional
    public ImportSummary upload(UUID programmeId, byte[] content) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        Staged staged = stageAndCount(programmeId, content);
        UUID pendingId = UUID.randomUUID();
        Instant now = Instant.now(clock);
        jdbc.sql("DELETE FROM address.pending_import WHERE created_at < ?")
                .param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
        jdbc.sql("INSERT INTO address.pending_import (id, programme_id, user_id, created_at, content) VALUES (?,?,?,?,?)")
                .params(pendingId, programmeId, user.id(), Timestamp.from(now), content).update();
        if (!staged.first()) jdbc.sql("DROP TABLE import_row").update();
        return summary(pendingId, false, staged.parsed(), staged.counts());
    }

    @Transactional
    public ImportSummary confirm(UUID programmeId, UUID pendingId) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        byte[] content = jdbc.sql("SELECT content FROM address.pending_import WHERE id = ? AND programme_id = ? AND user_id = ?")
                .params(pendingId, programmeId, user.id()).query(byte[].class).optional()
                .orElseThrow(() -> new NotFound("PendingImport"));
        ImportSummary summary = importNow(programmeId, content, user);
        jdbc.sql("DELETE FROM address.pending_import WHERE id = ?").param(pendingId).update();
        return summary;
    }

    /** Parses and imports at once (the API without dryRun). */
    @Transactional
    public ImportSummary importNow(UUID programmeId, byte[] content) {
        return importNow(programmeId, content, guard.require(programmeId, Role.ADMIN, Role.COORDINATOR));
    }

    private ImportSummary importNow(UUID programmeId, byte[] content, CurrentUser user) {
        staging.lock(programmeId);
        ParseResult parsed;
        AddressStaging.Counts counts;
        if (staging.isEmpty(programmeId)) {
            parsed = staging.insertFirst(programmeId, user.id(), Instant.now(clock), sink -> parse(content, sink));
            counts = new AddressStaging.Counts(parsed.valid(), 0, 0);
        } else {
            parsed = staging.stage(sink -> parse(content, sink));
            counts = staging.counts(programmeId, parsed.valid());
            staging.apply(programmeId, user.id(), Instant.now(clock));
        }
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "AddressImport", null).inProgramme(programmeId)
                .withDetails("valid=" + parsed.valid() + ";added=" + counts.added()
                        + ";unchanged=" + counts.unchanged() + ";removed=" + counts.removed()));
        return summary(null, true, parsed, counts);
    }

    private record Staged(ParseResult parsed, AddressStaging.Counts counts, boolean first) {
    }

    /** A programme without addresses needs no staging: every valid row would be added. */
    private Staged stageAndCount(UUID programmeId, byte[] content) {
        staging.lock(programmeId);
        if (staging.isEmpty(programmeId)) {
            ParseResult parsed = parse(content, row -> { });
            return new Staged(parsed, new AddressStaging.Counts(parsed.valid(), 0, 0), true);
        }
        ParseResult parsed = staging.stage(sink -> parse(content, sink));
        return new Staged(parsed, staging.counts(programmeId, parsed.valid()), false);
    }

    private ParseResult parse(byte[] content, java.util.function.Consumer<AddressRow> sink) {
        ParseResult parsed = parser.parse(content, sink);
        if (parsed.rejected()) {
            throw new DomainRuleViolated(parsed.fileProblem().messageKey(), "file",
                    parsed.fileProblem().args().toArray());
        }
        return parsed;
    }

    private ImportSummary summary(UUID pendingId, boolean applied, ParseResult parsed, AddressStaging.Counts counts) {
        Locale locale = LocaleContextHolder.getLocale();
        List<ImportSummary.LineError> errors = parsed.problems().stream()
                .map(p -> new ImportSummary.LineError(p.line(), p.column(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
                .toList();
        int invalidLines = (int) parsed.problems().stream().mapToInt(RowProblem::line).distinct().count();
        return new ImportSummary(pendingId, applied, parsed.valid(), invalidLines, counts.added(),
                counts.unchanged(), counts.removed(), errors);
    }
}
