package nl.voordeur.address;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.RetentionTarget;

/**
 * Retention at an address, for the retention module only: the free-text note of every contact
 * attempt and the reason typed with a status correction are removed. The attempts themselves
 * (date, daypart, channel, outcome, visitors), the address and its status stay, so the address
 * funnel of the report (households, contacted, visited, the monthly trend) keeps its counts.
 * The address is BAG data about a dwelling, not about the people behind the door.
 */
@Component
public class AddressRetention implements RetentionTarget {

    private static final List<Blanking> KINDS = List.of(
            Blanking.blank("ContactAttempt", "address.contact_attempt", "t.address_id = ANY(?)",
                    "t.note IS NOT NULL", "note = NULL").byAddress(),
            Blanking.blank("AddressEvent", "address.address_event", "t.address_id = ANY(?) AND t.kind = 'STATUS_CORRECTED'",
                    "position(':' in t.detail) > 0", "detail = split_part(detail, ':', 1)").byAddress());

    private final JdbcClient jdbc;

    AddressRetention(JdbcClient jdbc) {
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
