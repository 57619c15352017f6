package nl.voordeur.bench;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills the database with synthetic outreach at national scale, set-based inside PostgreSQL
 * (INSERT … SELECT over generate_series), deterministic: ids and choices derive from md5 of the
 * programme number and the row number. Shares: about 3/4 contacted, just under 1/2 visited,
 * 2.1 persons per household, a third each none/single/multiple help questions among visited.
 */
final class ScaleData {

    private final JdbcClient jdbc;

    ScaleData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One programme of {@code households} addresses with its outreach; returns the programme id. */
    UUID programme(int number, int households) {
        UUID id = id(number);
        jdbc.sql("""
                INSERT INTO programme.programme (id, name, municipality, neighbourhood, start_date, budget_euros, planned_visits,
                    target_participation_pct, target_trajectory_pct, status, created_at, version)
                VALUES (?, ?, ?, ?, DATE '2025-01-01', 1000000, ?, 70, 50, 'RUNNING', now(), 0)""")
                .params(id, "Bench " + number, "Benchgemeente " + (number % 5), "Wijk " + number, households / 2).update();
        run("""
                INSERT INTO address.address (id, programme_id, postcode, house_number, house_letter, addition, street, city,
                    status, in_scope, created_at, updated_at, first_visit_at, attempt_count)
                SELECT md5(:p || '-a-' || i)::uuid, :p::uuid, (1000 + (i / 2000) % 9000) || ' ' || chr(65 + (i / 80) % 26) || chr(65 + i % 26),
                       i % 2000 + 1, '', '', 'Straat ' || (i / 2000), 'Benchstad',
                       CASE WHEN i % 100 < 47 THEN 'VISITED' WHEN i % 100 < 62 THEN 'DOORSTEP_CONTACT'
                            WHEN i % 100 < 75 THEN 'REFUSED' WHEN i % 100 < 92 THEN 'NOT_HOME' ELSE 'IN_SCOPE' END,
                       true, now(), now(), CASE WHEN i % 100 < 47 THEN DATE '2025-03-01' + (i % 200) END, 1
                FROM generate_series(0, :n - 1) AS i""", id, households);
        run("""
                INSERT INTO address.contact_attempt (id, address_id, programme_id, date, daypart, channel, outcome, visitor_ids,
                    recorded_by, recorded_at)
                SELECT md5(:p || '-c-' || i)::uuid, md5(:p || '-a-' || i)::uuid, :p::uuid, DATE '2025-02-20' + (i % 200),
                       (ARRAY['MORNING','AFTERNOON','EVENING'])[1 + i % 3], 'DOOR',
                       CASE WHEN i % 100 < 47 THEN 'APPOINTMENT_MADE' WHEN i % 100 < 62 THEN 'DOORSTEP_CONTACT'
                            WHEN i % 100 < 75 THEN 'REFUSED' ELSE 'NOT_HOME' END,
                       ARRAY[md5('visitor-' || (i % 40))::uuid], md5('visitor-' || (i % 40))::uuid, now()
                FROM generate_series(0, :n - 1) AS i WHERE i % 100 < 92""", id, households);
        run("""
                INSERT INTO household.household (id, programme_id, address_id, created_at, updated_at, version)
                SELECT md5(:p || '-h-' || i)::uuid, :p::uuid, md5(:p || '-a-' || i)::uuid, now(), now(), 0
                FROM generate_series(0, :n - 1) AS i WHERE i % 100 < 47""", id, households);
        run("""
                INSERT INTO household.person (id, household_id, name, birth_year, relation, created_at)
                SELECT md5(:p || '-p-' || i || '-' || k)::uuid, md5(:p || '-h-' || i)::uuid, 'Bewoner ' || k, 1950 + (i + k) % 60,
                       CASE WHEN k = 0 THEN 'MAIN_RESIDENT' ELSE 'CHILD' END, now()
                FROM generate_series(0, :n - 1) AS i, generate_series(0, 2) AS k
                WHERE i % 100 < 47 AND k < 1 + (CASE WHEN i % 10 < 3 THEN 0 WHEN i % 10 < 9 THEN 1 ELSE 2 END)""", id, households);
        run("""
                INSERT INTO household.visit (id, household_id, programme_id, date, visitor_ids, recorded_by, recorded_at)
                SELECT md5(:p || '-v-' || i)::uuid, md5(:p || '-h-' || i)::uuid, :p::uuid, DATE '2025-03-01' + (i % 200),
                       ARRAY[md5('visitor-' || (i % 40))::uuid], md5('visitor-' || (i % 40))::uuid, now()
                FROM generate_series(0, :n - 1) AS i WHERE i % 100 < 47""", id, households);
        run("""
                INSERT INTO household.visit_member (visit_id, person_id, programme_id, present)
                SELECT md5(:p || '-v-' || i)::uuid, p.id, :p::uuid, true FROM generate_series(0, :n - 1) AS i
                JOIN household.person p ON p.household_id = md5(:p || '-h-' || i)::uuid WHERE i % 100 < 47""", id, households);
        run("""
                INSERT INTO household.help_question (id, programme_id, household_id, person_id, domain, kind, description, urgency,
                    status, created_by, created_at, version)
                SELECT md5(:p || '-q-' || i || '-' || d)::uuid, :p::uuid, md5(:p || '-h-' || i)::uuid,
                       md5(:p || '-p-' || i || '-0')::uuid,
                       (ARRAY['FINANCES','LANGUAGE','PHYSICAL_HEALTH','NEIGHBOURHOOD_SAFETY','WORK_EDUCATION'])[1 + (i + d) % 5],
                       'QUESTION', 'Vraag', 'NORMAL', CASE WHEN i % 7 = 0 THEN 'CLOSED' ELSE 'REGISTERED' END,
                       md5('visitor-0')::uuid, TIMESTAMPTZ '2025-03-02' + (i % 200) * interval '1 day', 0
                FROM generate_series(0, :n - 1) AS i, generate_series(0, 1) AS d
                WHERE i % 100 < 47 AND ((i % 3 = 0 AND d = 0) OR i % 3 = 1)""", id, households);
        run("""
                INSERT INTO referral.referral (id, programme_id, help_question_id, household_id, person_id, organisation_id, priority,
                    warm_handover, status, sent_by, sent_on, due_on, responded_on, response_days, updated_at, version)
                SELECT md5(:p || '-r-' || i)::uuid, :p::uuid, md5(:p || '-q-' || i || '-0')::uuid, md5(:p || '-h-' || i)::uuid,
                       md5(:p || '-p-' || i || '-0')::uuid, md5('partner-' || (i % 4))::uuid, true, false,
                       (ARRAY['ACCEPTED','COMPLETED','REJECTED','SENT'])[1 + i % 4], md5('visitor-0')::uuid,
                       DATE '2025-04-01' + (i % 150), DATE '2025-04-08' + (i % 150),
                       CASE WHEN i % 4 < 3 THEN DATE '2025-04-03' + (i % 150) END, CASE WHEN i % 4 < 3 THEN 1 + i % 6 END, now(), 0
                FROM generate_series(0, :n - 1) AS i WHERE i % 100 < 47 AND i % 3 = 1 AND i % 5 = 0""", id, households);
        run("""
                INSERT INTO programme.partner (programme_id, organisation_id, priority_response_days, added_at)
                SELECT :p::uuid, o.id, 5, now() FROM access.organisation o WHERE o.name LIKE 'Bench partner %'""", id, households);
        jdbc.sql("ANALYZE").update();
        return id;
    }

    static UUID id(int number) {
        return UUID.nameUUIDFromBytes(("bench-programme-" + number).getBytes());
    }

    /** Whether programme {@code number} was generated before (in a kept database). */
    boolean exists(int number) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM programme.programme WHERE id = ?)").param(id(number))
                .query(Boolean.class).single();
    }

    void partners() {
        jdbc.sql("""
                INSERT INTO access.organisation (id, name, kind, created_at, version)
                SELECT md5('partner-' || i)::uuid, 'Bench partner ' || i, 'OTHER', now(), 0 FROM generate_series(0, 3) AS i
                ON CONFLICT DO NOTHING""").update();
    }

    private void run(String sql, UUID programme, int households) {
        jdbc.sql(sql).param("p", programme.toString()).param("n", households).update();
    }
}
