package nl.voordeur.access;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;

/**
 * A user changes their own password (after the current one); an administrator can require a change,
 * which the user must make before anything else ({@link PasswordChangeGate}). A new password ends
 * every API token (the stamp changes with the hash) and every other page session of the user.
 */
@Service
@Transactional(readOnly = true)
public class PasswordChanges {

    private static final String USER = "UserAccount";

    /** Per account: the stamp the flag was read at, and the flag; setting or clearing it changes the stamp. */
    private final Map<UUID, long[]> required = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final PageSessions pageSessions;
    private final ApiTokens tokens;
    private final AuditLog auditLog;

    PasswordChanges(JdbcClient jdbc, PasswordEncoder encoder, PasswordPolicy policy, PageSessions pageSessions,
                    ApiTokens tokens, AuditLog auditLog) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.policy = policy;
        this.pageSessions = pageSessions;
        this.tokens = tokens;
        this.auditLog = auditLog;
    }

    /**
     * The caller's new password. The current one must be right ({@code currentPassword}, 422
     * otherwise) and the new one pass the policy ({@code newPassword}). The page session with
     * {@code keepSessionId} (the caller's own, if any) stays.
     */
    @Transactional
    public void changeOwn(String currentPassword, String newPassword, String keepSessionId) {
        CurrentUser user = CurrentUser.require();
        String hash = jdbc.sql("SELECT password_hash FROM access.user_account WHERE id = :id").param("id", user.id())
                .query(String.class).optional().orElseThrow(() -> new NotFound(USER));
        if (currentPassword == null || !encoder.matches(currentPassword, hash)) {
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, USER, user.id())
                    .withDetails("password change: current password wrong").refused());
            throw new DomainRuleViolated("password.current.wrong", "currentPassword");
        }
        try {
            policy.check(newPassword, user.username());
        } catch (DomainRuleViolated e) {
            throw new DomainRuleViolated(e.messageKey(), "newPassword", e.arguments());
        }
        if (encoder.matches(newPassword, hash)) throw new DomainRuleViolated("password.unchanged", "newPassword");
        jdbc.sql("""
                        UPDATE access.user_account SET password_hash = :h, password_change_required = false,
                            version = version + 1 WHERE id = :id""")
                .param("h", encoder.encode(newPassword)).param("id", user.id()).update();
        tokens.revokeAll(user.id());
        int ended = pageSessions.endAllExcept(user.username(), keepSessionId);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, USER, user.id())
                .withDetails("password changed; " + ended + " other page sessions and every API token ended"));
    }

    /** The user must choose a new password before anything else, from their next request on. */
    @Transactional
    @PreAuthorize("hasAuthority('ADMIN')")
    public void requireChange(UUID userId) {
        int updated = jdbc.sql("""
                        UPDATE access.user_account SET password_change_required = true, security_stamp = security_stamp + 1
                        WHERE id = :id""")
                .param("id", userId).update();
        if (updated == 0) throw new NotFound(USER);
        tokens.revokeAll(userId);
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, USER, userId).withDetails("password change required"));
    }

    /** Whether the caller must choose a new password before anything else. */
    public boolean requiredOfCaller() {
        return required(CurrentUser.require());
    }

    /** Whether this principal must change their password first; read once per change of the account's stamp. */
    boolean required(CurrentUser user) {
        long[] known = required.get(user.id());
        if (known != null && known[0] == user.securityStamp()) return known[1] == 1;
        boolean flag = jdbc.sql("SELECT password_change_required FROM access.user_account WHERE id = :id")
                .param("id", user.id()).query(Boolean.class).optional().orElse(false);
        required.put(user.id(), new long[] {user.securityStamp(), flag ? 1 : 0});
        return flag;
    }
}
