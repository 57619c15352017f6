package nl.voordeur.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/**
 * Collects notifications from what happened (new, overdue and answered referrals, break-glass
 * grants) into the outbox, once per event and recipient, and delivers them by e-mail. Nothing in
 * a notification names a person, an address or a life domain: the recipient logs in to see it.
 */
@Service
@Transactional
public class Notifications {

    private static final Logger log = LoggerFactory.getLogger(Notifications.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{1,63}");
    /** Events older than this are not notified any more (e.g. after an upgrade, or a long outage). */
    private static final int LOOK_BACK_DAYS = 7;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final MessageSource messages;
    private final NotificationProperties properties;
    private final AuditLog auditLog;
    private final Clock clock;

    Notifications(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, MessageSource messages,
                  NotificationProperties properties, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public record Preference(String email, DeliveryMode mode, int version) {
    }

    public record OutboxItem(UUID id, NotificationKind kind, String recipient, String link, Instant createdAt,
                             Instant sentAt, String sentTo) {
    }

    /** The caller's own choice; without one, notifications wait in the outbox. */
    @Transactional(readOnly = true)
    public Preference ownPreference() {
        UUID user = CurrentUser.require().id();
        return jdbc.sql("SELECT email, mode, version FROM notification.preference WHERE user_id = ?").param(user)
                .query((rs, n) -> new Preference(rs.getString("email"), DeliveryMode.valueOf(rs.getString("mode")),
                        rs.getInt("version")))
                .optional().orElse(new Preference(null, DeliveryMode.IMMEDIATE, 0));
    }

    /** Saves the caller's choice; {@code version} is the one read, so two edits never overwrite each other. */
    public Preference choose(String email, DeliveryMode mode, int version) {
        UUID user = CurrentUser.require().id();
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 320 || !EMAIL.matcher(address).matches())) {
            throw new DomainRuleViolated("notification.email.invalid", "email");
        }
        if (mode == null) throw new DomainRuleViolated("notification.mode.required", "mode");
        Timestamp now = Timestamp.from(Instant.now(clock));
        int changed = version == 0
                ? jdbc.sql("""
                        INSERT INTO notification.preference (user_id, email, mode, updated_at, version) VALUES (?,?,?,?,1)
                        ON CONFLICT (user_id) DO NOTHING""").params(user, address, mode.name(), now).update()
                : jdbc.sql("""
                        UPDATE notification.preference SET email = ?, mode = ?, updated_at = ?, version = version + 1
                        WHERE user_id = ? AND version = ?""").params(address, mode.name(), now, user, version).update();
        if (changed == 0) throw new ConcurrentEdit("NotificationPreference");
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "NotificationPreference", user).withDetails("mode=" + mode));
        return new Preference(address, mode, version + 1);
    }

    /** The outbox, newest first: for the administrator, who sees who was told what kind of thing, never more. */
    @Transactional(readOnly = true)
    public PageResult<OutboxItem> outbox(Paging paging) {
        if (!CurrentUser.require().hasRole(Role.ADMIN)) throw new Forbidden("outbox");
        return PageResult.of(jdbc.sql("""
                        SELECT o.id, o.kind, u.display_name, o.link, o.created_at, o.sent_at, o.sent_to
                        FROM notification.outbox o JOIN access.user_account u ON u.id = o.recipient_id
                        ORDER BY o.created_at DESC, o.id LIMIT ? OFFSET ?""")
                        .params(paging.size(), paging.offset())
                        .query((rs, n) -> new OutboxItem(rs.getObject("id", UUID.class),
                                NotificationKind.valueOf(rs.getString("kind")), rs.getString("display_name"),
                                rs.getString("link"), rs.getTimestamp("created_at").toInstant(),
                                Optional.ofNullable(rs.getTimestamp("sent_at")).map(Timestamp::toInstant).orElse(null),
                                rs.getString("sent_to")))
                        .list(),
                paging, () -> jdbc.sql("SELECT count(*) FROM notification.outbox").query(Long.class).single());
    }

    /** Puts every new event of the last days in the outbox, once per recipient; returns how many were added. */
    public int collect() {
        Timestamp now = Timestamp.from(Instant.now(clock));
        LocalDate today = LocalDate.ofInstant(Instant.now(clock), clock.getZone());
        LocalDate since = today.minusDays(LOOK_BACK_DAYS);
        int added = 0;
        // the partner organisation's users in the programme hear of a new referral
        added += jdbc.sql("""
                INSERT INTO notification.outbox (id, kind, record_id, recipient_id, link, created_at)
                SELECT gen_random_uuid(), 'REFERRAL_ARRIVED', r.id, u.id, '/referrals', ?
                FROM referral.referral r
                JOIN access.user_account u ON u.organisation_id = r.organisation_id AND u.enabled
                JOIN access.role_grant g ON g.user_id = u.id AND g.role = 'PARTNER' AND g.programme_id = r.programme_id
                WHERE r.sent_on >= ?
                ON CONFLICT DO NOTHING""").params(now, since).update();
        // ... and of one still unanswered past its due date
        added += jdbc.sql("""
                INSERT INTO notification.outbox (id, kind, record_id, recipient_id, link, created_at)
                SELECT gen_random_uuid(), 'REFERRAL_OVERDUE', r.id, u.id, '/referrals', ?
                FROM referral.referral r
                JOIN access.user_account u ON u.organisation_id = r.organisation_id AND u.enabled
                JOIN access.role_grant g ON g.user_id = u.id AND g.role = 'PARTNER' AND g.programme_id = r.programme_id
                WHERE r.status = 'SENT' AND r.due_on < ? AND r.due_on >= ?
                ON CONFLICT DO NOTHING""").params(now, today, since).update();
        // the case manager who sent it hears of the answer
        added += jdbc.sql("""
                INSERT INTO notification.outbox (id, kind, record_id, recipient_id, link, created_at)
                SELECT gen_random_uuid(), 'REFERRAL_ANSWERED', r.id, r.sent_by,
                       '/programmes/' || r.programme_id || '/referrals/answered', ?
                FROM referral.referral r JOIN access.user_account u ON u.id = r.sent_by AND u.enabled
                WHERE r.responded_on >= ?
                ON CONFLICT DO NOTHING""").params(now, since).update();
        // the privacy officers of the programme (and those of every programme) hear of a break-glass grant
        added += jdbc.sql("""
                INSERT INTO notification.outbox (id, kind, record_id, recipient_id, link, created_at)
                SELECT DISTINCT ON (b.id, u.id) gen_random_uuid(), 'BREAK_GLASS', b.id, u.id, '/break-glass', ?
                FROM household.break_glass b
                JOIN access.role_grant g ON g.role = 'PRIVACY_OFFICER'
                     AND (g.programme_id = b.programme_id OR g.programme_id IS NULL)
                JOIN access.user_account u ON u.id = g.user_id AND u.enabled
                WHERE b.granted_at >= ?
                ON CONFLICT DO NOTHING""").params(now, Timestamp.valueOf(since.atStartOfDay())).update();
        return added;
    }

    /** Sends what waits for users who want each notification at once; returns how many e-mails went out. */
    public int deliverImmediate() {
        return deliver(DeliveryMode.IMMEDIATE);
    }

    /** One e-mail per user who chose the daily digest, with everything that waits for them. */
    public int deliverDigests() {
        return deliver(DeliveryMode.DAILY_DIGEST);
    }

    private record Waiting(UUID id, UUID recipient, String email, NotificationKind kind, String link) {
    }

    private int deliver(DeliveryMode mode) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) return 0;
        List<Waiting> waiting = jdbc.sql("""
                        SELECT o.id, o.recipient_id, p.email, o.kind, o.link FROM notification.outbox o
                        JOIN notification.preference p ON p.user_id = o.recipient_id
                        WHERE o.sent_at IS NULL AND p.email IS NOT NULL AND p.mode = ?
                        ORDER BY o.recipient_id, o.created_at
                        FOR UPDATE OF o SKIP LOCKED""")
                .param(mode.name())
                .query((rs, n) -> new Waiting(rs.getObject("id", UUID.class), rs.getObject("recipient_id", UUID.class),
                        rs.getString("email"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("link")))
                .list();
        Map<UUID, List<Waiting>> perRecipient = new LinkedHashMap<>();
        waiting.forEach(w -> perRecipient.computeIfAbsent(w.recipient(), r -> new ArrayList<>()).add(w));
        int sent = 0;
        for (List<Waiting> items : perRecipient.values()) {
            List<SimpleMailMessage> messagesToSend = mode == DeliveryMode.IMMEDIATE
                    ? items.stream().map(w -> message(w.email(), text(w.kind(), "subject"), body(w))).toList()
                    : List.of(message(items.getFirst().email(), text("notification.digest.subject", items.size()),
                            digest(items)));
            try {
                for (SimpleMailMessage message : messagesToSend) sender.send(message);
            } catch (MailException e) {
                log.warn("Notification e-mail to user {} not sent, will be tried again: {}", items.getFirst().recipient(),
                        e.getMessage());
                continue;
            }
            sent += messagesToSend.size();
            Timestamp now = Timestamp.from(Instant.now(clock));
            for (Waiting w : items) {
                jdbc.sql("UPDATE notification.outbox SET sent_at = ?, sent_to = ? WHERE id = ?")
                        .params(now, w.email(), w.id()).update();
            }
        }
        return sent;
    }

    private SimpleMailMessage message(String to, String subject, String body) {
        var message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        return message;
    }

    private String body(Waiting w) {
        return text(w.kind(), "body") + "\n\n" + properties.baseUrl() + w.link() + "\n\n" + text("notification.footer");
    }

    private String digest(List<Waiting> items) {
        var body = new StringBuilder(text("notification.digest.intro", items.size())).append("\n\n");
        for (Waiting w : items) {
            body.append("- ").append(text(w.kind(), "subject")).append(": ").append(properties.baseUrl()).append(w.link())
                    .append('\n');
        }
        return body.append('\n').append(text("notification.footer")).toString();
    }

    private String text(NotificationKind kind, String part) {
        return text("notification." + kind.name() + "." + part);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag("nl"));
    }
}
