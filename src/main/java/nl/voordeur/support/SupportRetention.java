package nl.voordeur.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.RetentionTarget;

/**
 * Retention of cases, for the retention module only: the plan's goal and action texts are blanked.
 * The cases with their persons, states, close reasons and dates stay: the report counts them.
 * (Help questions are household's: {@code HouseholdRetention}.)
 */
@Component
public class SupportRetention implements RetentionTarget {

    private static final String OF_CASES = "t.case_id IN (SELECT c.id FROM support.support_case c WHERE c.household_id = ANY(?))";

    private static final List<Blanking> KINDS = List.of(
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
