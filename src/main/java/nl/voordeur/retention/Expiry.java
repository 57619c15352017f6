package nl.voordeur.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.voordeur.shared.DutchZone;

/**
 * Decides what expired, as set-based SQL over the modules' tables (read only).
 *
 * <p><b>A household's file</b> (a household exists once its address was visited) expires
 * {@code caseMonths} after it closed. It is closed when nothing in it is open: no case other than
 * CLOSED, no help question other than CLOSED, no referral SENT or ACCEPTED, no open meldcode
 * record. It closed on its last activity: the latest of its visits, revisit date, intake change,
 * case and question closings, referral updates, meldcode closing, conversations and scores. A
 * visited household without cases or questions therefore expires {@code caseMonths} after its
 * last visit.
 *
 * <p><b>Contact-only data</b>: an address of the programme that was never visited (no household)
 * keeps its contact data until {@code contactOnlyMonths} after the programme's end date; a
 * programme without an end date keeps them. "Gone" means: every contact attempt's note, every
 * status-correction reason and every half-typed visit form at that address are removed. The
 * attempts (date, daypart, channel, outcome) and the address status stay, so the address funnel
 * (households, contacted, visited) and the monthly trend of the report count exactly as before.
 */
@Component
class Expiry {

    private static final String LAST_ACTIVITY = """
            greatest(
              (SELECT max(v.date) FROM household.visit v WHERE v.household_id = h.id),
              h.revisit_date, (h.updated_at AT TIME ZONE '%1$s')::date,
              (SELECT max(c.closed_at AT TIME ZONE '%1$s')::date FROM support.support_case c WHERE c.household_id = h.id),
              (SELECT max(q.closed_at AT TIME ZONE '%1$s')::date FROM household.help_question q WHERE q.household_id = h.id),
              (SELECT max(r.updated_at AT TIME ZONE '%1$s')::date FROM referral.referral r WHERE r.household_id = h.id),
              (SELECT max(m.closed_at AT TIME ZONE '%1$s')::date FROM meldcode.meldcode_record m WHERE m.household_id = h.id),
              (SELECT max(s.date) FROM household.score s JOIN household.person p ON p.id = s.person_id WHERE p.household_id = h.id),
              (SELECT max(cv.recorded_at AT TIME ZONE '%1$s')::date FROM household.conversation cv
                 JOIN household.person p ON p.id = cv.person_id WHERE p.household_id = h.id))""".formatted(DutchZone.ID);

    private static final String NOTHING_OPEN = """
            NOT EXISTS (SELECT 1 FROM support.support_case c WHERE c.household_id = h.id AND c.status <> 'CLOSED')
            AND NOT EXISTS (SELECT 1 FROM household.help_question q WHERE q.household_id = h.id AND q.status <> 'CLOSED')
            AND NOT EXISTS (SELECT 1 FROM referral.referral r WHERE r.household_id = h.id AND r.status IN ('SENT', 'ACCEPTED'))
            AND NOT EXISTS (SELECT 1 FROM meldcode.meldcode_record m WHERE m.household_id = h.id AND m.status <> 'CLOSED')""";

    private final JdbcClient jdbc;

    Expiry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A programme as retention sees it: no personal data. */
    record Programme(UUID id, String name, LocalDate endDate) {
    }

    /** An expired household file and the address it lives at. */
    record File(UUID householdId, UUID addressId) {
    }

    List<Programme> programmes() {
        return jdbc.sql("SELECT id, name, end_date FROM programme.programme ORDER BY lower(municipality), lower(name)")
                .query((rs, n) -> new Programme(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getObject(3, LocalDate.class))).list();
    }

    List<File> expiredFiles(UUID programmeId, int caseMonths, LocalDate today) {
        return jdbc.sql("SELECT h.id, h.address_id FROM household.household h WHERE h.programme_id = ? AND " + NOTHING_OPEN
                        + " AND (" + LAST_ACTIVITY + " + make_interval(months => ?))::date <= ? ORDER BY h.id")
                .params(programmeId, caseMonths, today)
                .query((rs, n) -> new File(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
    }

    /** Addresses never visited whose contact data expired; none while the programme has no end date. */
    List<UUID> expiredContactOnly(Programme programme, int contactOnlyMonths, LocalDate today) {
        if (programme.endDate() == null || programme.endDate().plusMonths(contactOnlyMonths).isAfter(today)) return List.of();
        return jdbc.sql("""
                SELECT a.id FROM address.address a WHERE a.programme_id = ?
                  AND NOT EXISTS (SELECT 1 FROM household.household h WHERE h.address_id = a.id) ORDER BY a.id""")
                .param(programme.id()).query(UUID.class).list();
    }
}
