package nl.voordeur.address;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.PdfRenderer;

/** Printed outreach: announcement letters (one page per address, in Dutch) and the walk list. */
@Service
@Transactional
public class OutreachDocuments {

    static final Locale DUTCH = Locale.of("nl");
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", DUTCH);

    private final ProgrammeGuard guard;
    private final ProgrammeManagement programmes;
    private final VisitPlanning planning;
    private final JdbcClient jdbc;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final AuditLog auditLog;
    private final Clock clock;

    OutreachDocuments(ProgrammeGuard guard, ProgrammeManagement programmes, VisitPlanning planning, JdbcClient jdbc,
                      ITemplateEngine templates, MessageSource messages, AuditLog auditLog, Clock clock) {
        this.guard = guard;
        this.programmes = programmes;
        this.planning = planning;
        this.jdbc = jdbc;
        this.templates = templates;
        this.messages = messages;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Letters for the selected addresses in walking order; addresses not yet approached become ANNOUNCED. */
    public byte[] announcementLetters(UUID programmeId, List<UUID> addressIds, LocalDate from, LocalDate to) {
        CurrentUser user = guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        if (from == null || to == null || to.isBefore(from)) throw new DomainRuleViolated("letter.window.invalid", "to");
        List<AddressView> addresses = jdbc.sql("SELECT " + AddressRegister.COLUMNS + " FROM address.address a "
                        + "WHERE a.programme_id = ? AND a.id = ANY(?) AND a.in_scope ORDER BY " + VisitPlanning.WALKING_ORDER)
                .params(programmeId, addressIds.toArray(UUID[]::new)).query(AddressRegister.VIEW).list();
        if (addresses.isEmpty()) throw new DomainRuleViolated("letter.addresses.none", "addressIds");
        byte[] pdf = PdfRenderer.render(templates, "pdf/letter", Map.of("programme", programmes.describe(programmeId),
                "addresses", addresses, "from", LONG_DATE.format(from), "to", LONG_DATE.format(to),
                "today", LONG_DATE.format(today())), DUTCH);
        markAnnounced(addresses, user);
        auditLog.record(AuditRecord.of(AuditAction.PRINT, "AnnouncementLetter", null).inProgramme(programmeId)
                .withDetails("addresses=" + addresses.size()));
        return pdf;
    }

    public byte[] walkList(UUID programmeId, Locale locale) {
        List<WalkListItem> items = planning.walkList(programmeId, Paging.ALL).items();
        Map<Daypart, String> dayparts = new EnumMap<>(Daypart.class);
        for (Daypart d : Daypart.values()) dayparts.put(d, messages.getMessage("daypart." + d, null, d.name(), locale));
        byte[] pdf = PdfRenderer.render(templates, "pdf/walk-list", Map.of("programme", programmes.describe(programmeId),
                "items", items, "visitor", CurrentUser.require().displayName(), "today", LONG_DATE.format(today()),
                "dayparts", dayparts), locale);
        auditLog.record(AuditRecord.of(AuditAction.PRINT, "WalkList", null).inProgramme(programmeId)
                .withDetails("addresses=" + items.size()));
        return pdf;
    }

    private void markAnnounced(List<AddressView> addresses, CurrentUser user) {
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (AddressView a : addresses) {
            AddressStatus next = AddressStateMachine.afterLetter(a.status());
            if (next == a.status()) continue;
            jdbc.sql("UPDATE address.address SET status = ?, updated_at = ?, version = version + 1 WHERE id = ? AND status = ?")
                    .params(next.name(), now, a.id(), a.status().name()).update();
            jdbc.sql("INSERT INTO address.address_event (address_id, at, kind, user_id) VALUES (?, ?, 'ANNOUNCED', ?)")
                    .params(a.id(), now, user.id()).update();
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
