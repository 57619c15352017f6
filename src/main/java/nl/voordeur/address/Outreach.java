package nl.voordeur.address;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * Approaching every dwelling: contact attempts, the visit that follows, and a coordinator's
 * correction of a wrong status. Each change locks the address row, so two visitors recording
 * at the same door never lose each other's attempt.
 */
@Service
@Transactional
public class Outreach {

    private final AddressAccess addressAccess;
    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final AccessManagement access;
    private final Clock clock;

    Outreach(AddressAccess addressAccess, ProgrammeGuard guard, JdbcClient jdbc, AuditLog auditLog,
             AccessManagement access, Clock clock) {
        this.addressAccess = addressAccess;
        this.guard = guard;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.access = access;
        this.clock = clock;
    }

    public UUID recordAttempt(UUID addressId, NewContactAttempt attempt) {
        UUID programmeId = addressAccess.programmeOf(addressId);
        CurrentUser user = addressAccess.require(programmeId, addressId);
        validate(attempt);
        access.requireUsers(attempt.visitorIds(), "visitorIds");
        if (attempt.requestId() != null) {
            var earlier = jdbc.sql("SELECT id FROM address.contact_attempt WHERE request_id = ? AND address_id = ?")
                    .params(attempt.requestId(), addressId).query(UUID.class).optional();
            if (earlier.isPresent()) return earlier.get();
        }
        Locked before = lock(addressId);
        AddressStatus next = AddressStateMachine.afterAttempt(before.status(), attempt.outcome());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO address.contact_attempt (id, address_id, programme_id, date, daypart, channel, outcome, note,
                    visitor_ids, recorded_by, recorded_at, request_id, status_before, daypart_before)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, addressId, programmeId, attempt.date(), attempt.daypart().name(), attempt.channel().name(),
                        attempt.outcome().name(), blankToNull(attempt.note()), visitors(addressId, user, attempt),
                        user.id(), Timestamp.from(Instant.now(clock)), attempt.requestId(), before.status().name(),
                        before.lastDaypart())
                .update();
        jdbc.sql("""
                UPDATE address.address SET status = ?, last_attempt_daypart = ?, attempt_count = attempt_count + 1,
                    updated_at = ?, version = version + 1 WHERE id = ?""")
                .params(next.name(), attempt.daypart().name(), Timestamp.from(Instant.now(clock)), addressId).update();
        event(addressId, "CONTACT_ATTEMPT", attempt.outcome().name(), user.id());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "ContactAttempt", id).inProgramme(programmeId)
                .withDetails("address=" + addressId));
        return id;
    }

    /** How long a visitor may take back an attempt they recorded (the walk list's undo). */
    public static final Duration UNDO_WINDOW = Duration.ofSeconds(60);

    /**
     * Takes back an attempt the current user recorded less than {@link #UNDO_WINDOW} ago, if no
     * later attempt followed: the attempt is removed and the address returns to the status,
     * daypart and count it had before. The address history keeps that it happened.
     */
    public void undoAttempt(UUID addressId, UUID attemptId) {
        UUID programmeId = addressAccess.programmeOf(addressId);
        CurrentUser user = addressAccess.require(programmeId, addressId);
        lock(addressId);
        record Undoable(String outcome, String statusBefore, String daypartBefore, UUID recordedBy, Instant recordedAt,
                        boolean newest) {
        }
        Undoable attempt = jdbc.sql("""
                        SELECT outcome, status_before, daypart_before, recorded_by, recorded_at,
                               NOT EXISTS (SELECT 1 FROM address.contact_attempt n WHERE n.address_id = c.address_id
                                           AND n.recorded_at > c.recorded_at) AS newest
                        FROM address.contact_attempt c WHERE c.id = ? AND c.address_id = ?""")
                .params(attemptId, addressId).query(Undoable.class).optional()
                .orElseThrow(() -> new NotFound("ContactAttempt"));
        boolean inTime = attempt.recordedAt().plus(UNDO_WINDOW).plusSeconds(5).isAfter(Instant.now(clock));
        if (!attempt.recordedBy().equals(user.id()) || !inTime || !attempt.newest() || attempt.statusBefore() == null) {
            throw new DomainRuleViolated("attempt.undo.tooLate", null);
        }
        jdbc.sql("DELETE FROM address.contact_attempt WHERE id = ?").param(attemptId).update();
        jdbc.sql("""
                UPDATE address.address SET status = ?, last_attempt_daypart = ?, attempt_count = attempt_count - 1,
                    updated_at = ?, version = version + 1 WHERE id = ?""")
                .params(attempt.statusBefore(), attempt.daypartBefore(), Timestamp.from(Instant.now(clock)), addressId)
                .update();
        event(addressId, "CONTACT_ATTEMPT_UNDONE", attempt.outcome(), user.id());
        auditLog.record(AuditRecord.of(AuditAction.DELETE, "ContactAttempt", attemptId).inProgramme(programmeId)
                .withDetails("address=" + addressId + ";undone"));
    }

    /**
     * Called when a visit is recorded: the address becomes VISITED (refused for excluded dwellings).
     * The co-visitors must be known users, as for a contact attempt. Returns the programme of the address.
     */
    public UUID recordVisit(UUID addressId, LocalDate date, Set<UUID> visitorIds) {
        UUID programmeId = addressAccess.programmeOf(addressId);
        CurrentUser user = addressAccess.require(programmeId, addressId);
        access.requireUsers(visitorIds, "visitorIds");
        AddressStatus next = AddressStateMachine.afterVisit(lockStatus(addressId));
        jdbc.sql("""
                UPDATE address.address SET status = ?, first_visit_at = coalesce(first_visit_at, ?), updated_at = ?,
                    version = version + 1 WHERE id = ?""")
                .params(next.name(), date, Timestamp.from(Instant.now(clock)), addressId).update();
        event(addressId, "VISIT", date.toString(), user.id());
        return programmeId;
    }

    /** A coordinator corrects a wrong status, for example a dwelling that turns out to be lived in after all. */
    public void correctStatus(UUID addressId, AddressStatus wanted, String reason) {
        UUID programmeId = addressAccess.programmeOf(addressId);
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (reason == null || reason.isBlank()) throw new DomainRuleViolated("address.correction.reason", "reason");
        AddressStatus next = AddressStateMachine.corrected(lockStatus(addressId), wanted);
        jdbc.sql("UPDATE address.address SET status = ?, updated_at = ?, version = version + 1 WHERE id = ?")
                .params(next.name(), Timestamp.from(Instant.now(clock)), addressId).update();
        event(addressId, "STATUS_CORRECTED", next.name() + ": " + reason.strip(), user.id());
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "Address", addressId).inProgramme(programmeId)
                .withDetails("status=" + next));
    }

    /** Checks the current user may see and record at this address; returns its programme. */
    @Transactional(readOnly = true)
    public UUID requireAddress(UUID addressId) {
        UUID programmeId = addressAccess.programmeOf(addressId);
        addressAccess.require(programmeId, addressId);
        return programmeId;
    }

    public List<ContactAttemptView> attempts(UUID addressId) {
        UUID programmeId = addressAccess.programmeOf(addressId);
        addressAccess.require(programmeId, addressId);
        List<ContactAttemptView> attempts = attemptsAt(addressId);
        auditLog.record(AuditRecord.list("ContactAttempt", attempts.stream().map(ContactAttemptView::id).toList())
                .inProgramme(programmeId).withDetails("address=" + addressId));
        return attempts;
    }

    /**
     * The attempts at an address, for a caller that already checked access to the household
     * living there (a case manager sees the household's file, not the address list).
     */
    @Transactional(readOnly = true)
    public List<ContactAttemptView> attemptsAt(UUID addressId) {
        List<AttemptRow> rows = jdbc.sql("""
                SELECT id, date, daypart, channel, outcome, note, visitor_ids, recorded_at FROM address.contact_attempt
                WHERE address_id = ? ORDER BY date DESC, recorded_at DESC""").param(addressId)
                .query((rs, n) -> new AttemptRow(rs.getObject("id", UUID.class), rs.getObject("date", LocalDate.class),
                        Daypart.valueOf(rs.getString("daypart")), Channel.valueOf(rs.getString("channel")),
                        Outcome.valueOf(rs.getString("outcome")), rs.getString("note"),
                        knownIds((UUID[]) rs.getArray("visitor_ids").getArray()), rs.getTimestamp("recorded_at").toInstant()))
                .list();
        Map<UUID, String> names = access.displayNames(rows.stream().flatMap(r -> r.visitors().stream()).distinct().toList());
        return rows.stream().map(r -> new ContactAttemptView(r.id(), addressId, r.date(), r.daypart(), r.channel(),
                r.outcome(), r.note(), r.visitors().stream().map(names::get).filter(Objects::nonNull).toList(),
                r.recordedAt())).toList();
    }

    /**
     * The address as one line ("Spoorstraat 3-A"), for a caller that already checked access to the
     * household living there, to head its file.
     */
    @Transactional(readOnly = true)
    public Optional<String> lineAt(UUID addressId) {
        return jdbc.sql("SELECT " + AddressView.LINE_SQL + " FROM address.address a WHERE a.id = ?").param(addressId)
                .query(String.class).optional();
    }

    /** The ids in a stored array, without the nulls an earlier version let in (address V5 removes them). */
    private static List<UUID> knownIds(UUID[] ids) {
        return Arrays.stream(ids).filter(Objects::nonNull).toList();
    }

    private record AttemptRow(UUID id, LocalDate date, Daypart daypart, Channel channel, Outcome outcome, String note,
                              List<UUID> visitors, Instant recordedAt) {
    }

    private AddressStatus lockStatus(UUID addressId) {
        return lock(addressId).status();
    }

    /** The address row locked for this transaction: its status and the daypart of its last attempt. */
    private record Locked(AddressStatus status, String lastDaypart) {
    }

    private Locked lock(UUID addressId) {
        return jdbc.sql("SELECT status, last_attempt_daypart FROM address.address WHERE id = ? FOR UPDATE")
                .param(addressId).query((rs, n) -> new Locked(AddressStatus.valueOf(rs.getString(1)), rs.getString(2)))
                .single();
    }

    private UUID[] visitors(UUID addressId, CurrentUser user, NewContactAttempt attempt) {
        Set<UUID> ids = new HashSet<>(attempt.visitorIds() == null ? Set.of() : attempt.visitorIds());
        ids.add(user.id());
        return ids.toArray(UUID[]::new);
    }

    private void validate(NewContactAttempt attempt) {
        if (attempt.date() == null) throw new DomainRuleViolated("attempt.date.required", "date");
        if (attempt.date().isAfter(LocalDate.now(clock))) throw new DomainRuleViolated("attempt.date.future", "date");
        if (attempt.daypart() == null) throw new DomainRuleViolated("attempt.daypart.required", "daypart");
        if (attempt.channel() == null) throw new DomainRuleViolated("attempt.channel.required", "channel");
        if (attempt.outcome() == null) throw new DomainRuleViolated("attempt.outcome.required", "outcome");
        if (attempt.note() != null && attempt.note().length() > 2000) {
            throw new DomainRuleViolated("attempt.note.tooLong", "note");
        }
    }

    private void event(UUID addressId, String kind, String detail, UUID userId) {
        jdbc.sql("INSERT INTO address.address_event (address_id, at, kind, detail, user_id) VALUES (?, ?, ?, ?, ?)")
                .params(addressId, Timestamp.from(Instant.now(clock)), kind, detail, userId).update();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
