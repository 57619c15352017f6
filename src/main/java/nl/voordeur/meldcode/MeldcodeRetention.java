package nl.voordeur.meldcode;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.RetentionTarget;

/**
 * Retention of closed meldcode records, for the retention module only (an open record keeps the
 * whole household file from expiring): the concern and every step's note are blanked; the steps,
 * their dates, the afwegingskader answers and the decision stay.
 */
@Component
public class MeldcodeRetention implements RetentionTarget {

    private static final List<Blanking> KINDS = List.of(
            Blanking.blank("MeldcodeRecord", "meldcode.meldcode_record", "t.household_id = ANY(?)",
                    "t.concern <> ''", "concern = ''"),
            Blanking.blank("MeldcodeStep", "meldcode.step",
                    "t.record_id IN (SELECT r.id FROM meldcode.meldcode_record r WHERE r.household_id = ANY(?))",
                    "t.note <> ''", "note = ''").withId("t.record_id::text || '#' || t.number"));

    private final JdbcClient jdbc;

    MeldcodeRetention(JdbcClient jdbc) {
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
