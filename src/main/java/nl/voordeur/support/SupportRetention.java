package nl.voordeur.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.RetentionTarget;

/**
 * Retention of help questions and cases, for the retention module only: question descriptions,
 * triage reasons and the plan's goal and action texts are blanked. Domains, kinds, urgency,
 * states, handlers, outcomes, dates and the cases with their persons, states and close reasons
 * stay: the report counts them.
 */
@Component
public class SupportRetention implements RetentionTarget {

    private static final String OF_CASES = "t.case_id IN (SELECT c.id FROM support.support_case c WHERE c.household_id = ANY(?))";

    private static final List<Blanking> KINDS = List.of(
            Blanking.blank("HelpQuestion", "household.help_question", "t.household_id = ANY(?)",
                    "t.description <> '' OR t.handler_reason IS NOT NULL", "description = '', handler_reason = NULL"),
            Blanking.blank("PlanGoal", "support.plan_goal", OF_CASES, "t.text <> ''", "text = ''"),
            Blanking.blank("PlanAction", "support.plan_action", OF_CASES, "t.text <> ''", "text = ''"));

    private final JdbcClient jdbc;

    SupportRetention(JdbcClient jdbc) {
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
