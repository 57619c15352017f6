package nl.voordeur.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.NotFound;

/**
 * A user ends their own access: one API token (the one they present), or everything at once, "log
 * out everywhere", for a lost laptop or a token that may have leaked. Everywhere bumps the account's
 * security stamp, the one mechanism that also ends tokens on a role change, a new password and a
 * second factor enrolled (access V5, V6), and deletes every page session on every instance.
 */
@Service
public class SignOut {

    private static final String USER = "UserAccount";

    private final ApiTokens tokens;
    private final PageSessions pageSessions;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    SignOut(ApiTokens tokens, PageSessions pageSessions, JdbcClient jdbc, AuditLog auditLog) {
        this.tokens = tokens;
        this.pageSessions = pageSessions;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    /** Revokes the caller's own token; another's or an unknown one is not found (404). */
    @Transactional
    public void revokeToken(String token) {
        CurrentUser user = CurrentUser.require();
        if (token == null || !tokens.revoke(token, user.id())) throw new NotFound("ApiToken");
        auditLog.record(AuditRecord.of(AuditAction.LOGOUT, USER, user.id()).withDetails("API token revoked"));
    }

    /** Ends every page session and every API token of the caller; returns how many page sessions ended. */
    @Transactional
    public int everywhere() {
        CurrentUser user = CurrentUser.require();
        jdbc.sql("UPDATE access.user_account SET security_stamp = security_stamp + 1 WHERE id = :id")
                .param("id", user.id()).update();
        tokens.revokeAll(user.id());
        int sessions = pageSessions.endAll(user.username());
        auditLog.record(AuditRecord.of(AuditAction.LOGOUT, USER, user.id())
                .withDetails("everywhere: " + sessions + " page sessions and every API token"));
        return sessions;
    }
}
