package nl.voordeur.referral;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.RetentionTarget;

/**
 * Retention of referrals, for the retention module only: the case manager's note and the
 * partner's reason are blanked. Partner, status, success, the sent, due and response dates and
 * the response days stay. A reason becomes empty, not NULL: the report counts a withdrawal after
 * acceptance only when it carries no reason, so whether there was one must survive.
 */
@Component
public class ReferralRetention implements RetentionTarget {

    private static final List<Blanking> KINDS = List.of(
            Blanking.blank("Referral", "referral.referral", "t.household_id = ANY(?)",
                    "t.note IS NOT NULL OR t.reason <> ''",
                    "note = NULL, reason = CASE WHEN reason IS NULL THEN NULL ELSE '' END"));

    private final JdbcClient jdbc;

    ReferralRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, List<String>> pending(Scope scope) {
        return Blanking.pendingAll(jdbc, KINDS, scope);
    }

    @Override
    public Map<String, List<String>> anonymise(Scope scope) {
        return Blanking.applyAll(jdbc, KINDS, scope);
    }
}
