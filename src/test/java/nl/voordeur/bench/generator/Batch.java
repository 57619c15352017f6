package nl.voordeur.bench.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import nl.voordeur.audit.GeneratedAuditChain;

/**
 * One programme's generated rows, table by table in foreign-key order, plus its audit entries.
 * {@link #copy} writes them in one transaction: the audit entries are chained onto each lane's
 * last hash under the same advisory locks {@code AuditLog} takes, so the chain verifier passes.
 */
final class Batch {

    private final Map<String, CopyTable> tables = new LinkedHashMap<>();
    private final List<Object[]> audit = new ArrayList<>();

    Batch() {
        add("access.organisation", "id, name, kind, created_at, version");
        add("access.user_account", "id, username, password_hash, display_name, organisation_id, specialism, enabled, created_at, version");
        add("access.role_grant", "user_id, role, programme_id");
        add("programme.programme", "id, name, municipality, neighbourhood, start_date, end_date, budget_euros, planned_visits, "
                + "target_participation_pct, target_trajectory_pct, area_description, status, created_at, version");
        add("programme.partner", "programme_id, organisation_id, priority_response_days, added_at");
        add("address.address", "id, programme_id, postcode, house_number, house_letter, addition, street, city, bag_id, "
                + "corporation_owned, status, in_scope, created_at, updated_at, version, first_visit_at, last_attempt_daypart, attempt_count");
        add("address.address_event", "address_id, at, kind, detail, user_id");
        add("address.assignment", "address_id, visitor_id, assigned_at");
        add("address.contact_attempt", "id, address_id, programme_id, date, daypart, channel, outcome, note, visitor_ids, "
                + "recorded_by, recorded_at");
        add("household.household", "id, programme_id, address_id, willing_to_volunteer, volunteer_note, interpreter_needed, "
                + "interpreter_language, revisit_date, case_manager_id, created_at, updated_at, version");
        add("household.person", "id, household_id, name, birth_year, relation, created_at");
        add("household.visit", "id, household_id, programme_id, date, visitor_ids, recorded_by, recorded_at, minutes");
        add("household.visit_member", "visit_id, person_id, programme_id, present");
        add("household.conversation", "id, visit_id, person_id, domain, note, recorded_by, recorded_at");
        add("household.score", "id, person_id, domain, score, date, assessor_id, recorded_at");
        add("household.help_question", "id, programme_id, household_id, person_id, domain, kind, description, urgency, status, "
                + "handler, outcome, created_by, created_at, closed_at, version, handler_reason, handler_user_id, triaged_by, triaged_at");
        add("support.support_case", "id, programme_id, household_id, owner_id, status, close_reason, opened_at, activated_at, "
                + "closed_at, last_activity_at, version");
        add("support.case_person", "case_id, person_id");
        add("support.plan_goal", "id, case_id, text, created_at");
        add("support.plan_action", "id, case_id, goal_id, text, owner_id, due_date, done_at, created_at");
        add("referral.referral", "id, programme_id, help_question_id, household_id, person_id, organisation_id, priority, "
                + "warm_handover, note, status, reason, successful, sent_by, sent_on, due_on, responded_on, response_days, "
                + "responded_by, completed_on, updated_at, version");
    }

    private void add(String name, String columns) {
        tables.put(name, new CopyTable(name, columns));
    }

    CopyTable table(String name) {
        CopyTable table = tables.get(name);
        if (table == null) throw new IllegalArgumentException(name);
        return table;
    }

    /** An audit entry as {@code AuditLog} writes it for an actor working in the page. */
    void audit(Instant at, Staff.User actor, String action, String recordType, UUID recordId, UUID personId, UUID programmeId) {
        audit.add(new Object[] {at, actor.id(), actor.username(), actor.organisationId(), actor.role(), action, "SUCCESS",
                recordType, recordId.toString(), personId, programmeId, null, null, false, "PAGE", "10.0.0.1", null});
    }

    /** Copies everything in one transaction on {@code connection} (auto-commit off); adds row counts to {@code counts}. */
    void copy(Connection connection, Map<String, Long> counts, GeneratedAuditChain chain) throws SQLException {
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        for (CopyTable table : tables.values()) {
            counts.merge(table.name(), table.rows(), Long::sum);
            long start = System.nanoTime();
            table.copy(copies);
            counts.merge("ms " + table.name(), (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
        long start = System.nanoTime();
        if (!audit.isEmpty()) copyAudit(connection, copies, chain);
        counts.merge("audit.audit_entry", (long) audit.size(), Long::sum);
        counts.merge("ms audit.audit_entry", (System.nanoTime() - start) / 1_000_000, Long::sum);
        audit.clear();
        connection.commit();
    }

    private void copyAudit(Connection connection, CopyManager copies, GeneratedAuditChain chain) throws SQLException {
        int lanes = GeneratedAuditChain.LANES;
        String[] last = new String[lanes];
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(7513, ?)");
             PreparedStatement tail = connection.prepareStatement(
                     "SELECT hash FROM audit.audit_entry WHERE lane = ? ORDER BY id DESC LIMIT 1")) {
            for (int lane = 0; lane < lanes; lane++) {
                lock.setInt(1, lane);
                lock.execute();
                tail.setInt(1, lane);
                try (ResultSet rs = tail.executeQuery()) {
                    last[lane] = rs.next() ? rs.getString(1) : GeneratedAuditChain.GENESIS;
                }
            }
        }
        long[] ids = ids(connection, audit.size());
        CopyTable table = new CopyTable("audit.audit_entry", GeneratedAuditChain.COLUMNS);
        for (int i = 0; i < audit.size(); i++) {
            int lane = i % lanes;
            Object[] row = chain.row(ids[i], lane, last[lane], audit.get(i));
            table.row(row);
            last[lane] = (String) row[row.length - 1];
        }
        table.copy(copies);
    }

    /** The next {@code count} audit ids (the keyed hash covers the id), in rising order. */
    private static long[] ids(Connection connection, int count) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('audit.audit_entry', 'id')) FROM generate_series(1, ?)")) {
            next.setInt(1, count);
            long[] ids = new long[count];
            try (ResultSet rs = next.executeQuery()) {
                for (int i = 0; rs.next(); i++) ids[i] = rs.getLong(1);
            }
            java.util.Arrays.sort(ids);
            return ids;
        }
    }
}
