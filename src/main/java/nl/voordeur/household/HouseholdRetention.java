package nl.voordeur.household;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.RetentionTarget;

/**
 * Retention of a household's file, for the retention module only: names and birth years of the
 * members, conversation notes, the intake's free text (volunteer note, interpreter language) and
 * housing remarks, and help questions' descriptions and triage reasons are blanked; visits, their dates, lengths and visitors, who was present,
 * relations, self-sufficiency scores and the questions' domains, kinds, states and outcomes stay, because the report counts them. A half-typed visit
 * form at the address (visit draft) is deleted: it is nothing but personal data.
 */
@Component
public class HouseholdRetention implements RetentionTarget {

    private static final List<Blanking> KINDS = List.of(
            Blanking.blank("Person", "household.person", "t.household_id = ANY(?)",
                    "t.name <> '' OR t.birth_year IS NOT NULL", "name = '', birth_year = NULL"),
            Blanking.blank("Household", "household.household", "t.id = ANY(?)",
                    "t.volunteer_note IS NOT NULL OR t.interpreter_language IS NOT NULL",
                    "volunteer_note = NULL, interpreter_language = NULL, version = version + 1"),
            Blanking.blank("Conversation", "household.conversation",
                    "t.person_id IN (SELECT p.id FROM household.person p WHERE p.household_id = ANY(?))",
                    "t.note IS NOT NULL", "note = NULL"),
            Blanking.blank("HelpQuestion", "household.help_question", "t.household_id = ANY(?)",
                    "t.description <> '' OR t.handler_reason IS NOT NULL", "description = '', handler_reason = NULL"),
            Blanking.blank("HousingRemark", "household.housing_remark", "t.household_id = ANY(?)",
                    "t.text <> ''", "text = ''"),
            Blanking.delete("VisitDraft", "household.visit_draft", "t.address_id = ANY(?)", "true")
                    .withId("t.address_id::text || '/' || t.user_id::text").byAddress());

    private final JdbcClient jdbc;

    HouseholdRetention(JdbcClient jdbc) {
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
