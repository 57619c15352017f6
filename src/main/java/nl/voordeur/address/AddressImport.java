package nl.voordeur.address;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/**
 * Imports a programme's address list, all or nothing. A preview parses and counts without changing
 * anything; an import applies the whole list in one transaction, or is refused as a whole when it
 * needs a choice the coordinator did not make (see {@link ImportGate}): then nothing is changed.
 */
@Service
public class AddressImport {

    private final ProgrammeGuard guard;
    private final AddressStaging staging;
    private final CorporationDirectory corporations;
    private final AddressCsvParser parser;
    private final ImportGate gate;
    private final PendingImports pending;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Clock clock;

    AddressImport(ProgrammeGuard guard, AddressStaging staging, CorporationDirectory corporations,
                  AddressProperties properties, PendingImports pending, AuditLog auditLog, MessageSource messages,
                  Clock clock) {
        this.guard = guard;
        this.staging = staging;
        this.corporations = corporations;
        this.parser = new AddressCsvParser(properties.importMaxBytes());
        this.gate = new ImportGate(properties.maxRemovalShare());
        this.pending = pending;
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
        return summary(null, false, staged);
    }

    /** Keeps the upload so the coordinator can confirm the preview later, and returns the preview. */
    @Transactional
    public ImportSummary upload(UUID programmeId, byte[] content) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        Staged staged = stageAndCount(programmeId, content);
        UUID pendingId = pending.keep(programmeId, user.id(), content);
        if (!staged.first()) staging.dropStaged();
        return summary(pendingId, false, staged);
    }

    /** Imports a previewed upload with the choices made on the preview; refused as a whole, it stays pending. */
    @Transactional
    public ImportSummary confirm(UUID programmeId, UUID pendingId, ImportChoice choice) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        ImportSummary summary = importNow(programmeId, pending.content(pendingId, programmeId, user.id()), user,
                choice, pendingId);
        pending.remove(pendingId);
        return summary;
    }

    /** Parses and imports at once, making no choice: a list that needs one is refused. */
    @Transactional
    public ImportSummary importNow(UUID programmeId, byte[] content) {
        return importNow(programmeId, content, ImportChoice.NONE);
    }

    /** Parses and imports at once (the API with dryRun=false). */
    @Transactional
    public ImportSummary importNow(UUID programmeId, byte[] content, ImportChoice choice) {
        return importNow(programmeId, content, guard.require(programmeId, Role.ADMIN, Role.COORDINATOR), choice, null);
    }

    /**
     * A programme's first list is copied straight into the register while parsing, a later one is
     * staged and counted first; either way a refusal by the gate rolls back everything.
     */
    private ImportSummary importNow(UUID programmeId, byte[] content, CurrentUser user, ImportChoice choice,
                                    UUID pendingId) {
        staging.lock(programmeId);
        Corporations known = corporations.forProgramme(programmeId);
        Instant now = Instant.now(clock);
        Staged staged;
        if (staging.isEmpty(programmeId)) {
            ParseResult parsed = staging.insertFirst(programmeId, user.id(), now, known.sole(),
                    sink -> parse(content, known, sink));
            staged = new Staged(parsed, AddressStaging.Counts.first(parsed.valid()), true);
        } else {
            ParseResult parsed = staging.stage(sink -> parse(content, known, sink));
            staged = new Staged(parsed, staging.counts(programmeId, parsed.valid()), false);
        }
        gate.check(summary(pendingId, false, staged), choice);
        if (!staged.first()) staging.apply(programmeId, user.id(), now, known.sole());
        AddressStaging.Counts counts = staged.counts();
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "AddressImport", null).inProgramme(programmeId)
                .withDetails("valid=" + staged.parsed().valid() + ";invalid=" + invalidLines(staged.parsed())
                        + ";added=" + counts.added() + ";unchanged=" + counts.unchanged() + ";removed=" + counts.removed()
                        + ";removedVisited=" + counts.removedVisited() + ";onlyValid=" + choice.onlyValid()
                        + ";confirmRemoval=" + choice.confirmRemoval()));
        return summary(null, true, staged);
    }

    private record Staged(ParseResult parsed, AddressStaging.Counts counts, boolean first) {
    }

    /** A programme without addresses needs no staging: every valid row would be added. */
    private Staged stageAndCount(UUID programmeId, byte[] content) {
        staging.lock(programmeId);
        Corporations known = corporations.forProgramme(programmeId);
        if (staging.isEmpty(programmeId)) {
            ParseResult parsed = parse(content, known, row -> { });
            return new Staged(parsed, AddressStaging.Counts.first(parsed.valid()), true);
        }
        ParseResult parsed = staging.stage(sink -> parse(content, known, sink));
        return new Staged(parsed, staging.counts(programmeId, parsed.valid()), false);
    }

    private ParseResult parse(byte[] content, Corporations known, Consumer<AddressRow> sink) {
        ParseResult parsed = parser.parse(content, known, sink);
        if (parsed.rejected()) {
            throw new DomainRuleViolated(parsed.fileProblem().messageKey(), "file",
                    parsed.fileProblem().args().toArray());
        }
        return parsed;
    }

    private ImportSummary summary(UUID pendingId, boolean applied, Staged staged) {
        Locale locale = LocaleContextHolder.getLocale();
        ParseResult parsed = staged.parsed();
        AddressStaging.Counts counts = staged.counts();
        List<ImportSummary.LineError> errors = parsed.problems().stream()
                .map(p -> new ImportSummary.LineError(p.line(), p.column(),
                        messages.getMessage(p.messageKey(), p.args().toArray(), p.messageKey(), locale)))
                .toList();
        return new ImportSummary(pendingId, applied, parsed.valid(), invalidLines(parsed), counts.added(),
                counts.unchanged(), counts.removed(), counts.removedVisited(), counts.inScopeBefore(),
                gate.removalNeedsConfirmation(counts), parsed.ownerUnknown(), errors);
    }

    private static int invalidLines(ParseResult parsed) {
        return (int) parsed.problems().stream().mapToInt(RowProblem::line).distinct().count();
    }
}
