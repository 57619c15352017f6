package nl.voordeur.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.voordeur.testing.HttpTest;
import nl.voordeur.testing.PageClient;

/**
 * The login audit tells the truth: a success only when a session or token is really issued,
 * saying how the user got in, and logout recorded. (Identity-provider logins: OidcLoginTests.)
 */
class LoginAuditTests extends HttpTest {

    @Autowired
    TwoFactorPolicy policy;

    @AfterEach
    void resetThePolicy() {
        policy.enforce(false);
    }

    @Test
    void aPageLoginAndATokenAreEachRecordedOnceAsAPasswordLogin() {
        var user = user(organisation("WELFARE"), "VISITOR");
        pages(user.username());
        api(user.username());

        assertThat(successes(user.id())).containsExactly("LOGIN password", "TOKEN_ISSUED password");
    }

    @Test
    void aLoginThatStopsAtTheEnrolmentPageIsNotASuccess() {
        var user = user(organisation("WELFARE"), "VISITOR");
        policy.enforce(true);

        assertThat(new PageClient(port).login(user.username(), PASSWORD).location()).endsWith("/login/enrol");

        assertThat(successes(user.id())).isEmpty();
    }

    @Test
    void aTokenRefusedForAMissingEnrolmentIsNotASuccess() {
        var user = user(organisation("WELFARE"), "VISITOR");
        policy.enforce(true);

        var refused = anonymousApi().post("/api/v1/auth/token", Map.of("username", user.username(), "password", PASSWORD));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(successes(user.id())).isEmpty();
        assertThat(jdbc.sql("SELECT details FROM audit.audit_entry WHERE action = 'LOGIN_FAILED' AND record_id = ?")
                .param(user.id().toString()).query(String.class).list()).containsExactly("two-factor enrolment required");
    }

    @Test
    void logoutIsRecorded() {
        var user = user(organisation("WELFARE"), "VISITOR");
        var browser = pages(user.username());
        browser.get("/");
        browser.postForm("/logout", Map.of());

        assertThat(successes(user.id())).containsExactly("LOGIN password", "LOGOUT password session");
    }

    /** This user's successful login, token and logout entries, oldest first, as "ACTION details". */
    private List<String> successes(UUID userId) {
        return jdbc.sql("""
                SELECT action || ' ' || coalesce(details, '') FROM audit.audit_entry
                WHERE record_id = ? AND outcome = 'SUCCESS' AND action IN ('LOGIN', 'TOKEN_ISSUED', 'LOGOUT')
                ORDER BY id""").param(userId.toString()).query(String.class).list();
    }
}
