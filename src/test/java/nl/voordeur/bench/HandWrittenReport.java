package nl.voordeur.bench;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fair baseline for the programme report: every figure of the report (funnel with persons and
 * trajectories, profile, domains, referrals per partner with medians, outcomes, score changes, visits
 * per visitor, monthly trend, deployment per organisation and per role), written by hand as plain
 * SQL straight from the definitions in product.md, over all time. It uses the programme column of
 * visits, visit members and contact attempts wherever a programme's rows are asked for (the plain
 * SQL one would write over this schema), but no planner devices such as materialised CTEs. No
 * service, access check, audit or programme lookup around it. {@link #funnel} is returned so the
 * benchmark can check that both compute the same figures.
 */
final class HandWrittenReport {

    private final JdbcClient jdbc;

    HandWrittenReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Runs every figure's query; returns households, contacted, visited, visits, persons visited, in trajectory. */
    List<Object> run(UUID programme) {
        List<Object> funnel = List.copyOf(q(FUNNEL, programme).get(0).values());
        for (String sql : OTHERS) q(sql, programme);
        return funnel;
    }

    private List<Map<String, Object>> q(String sql, UUID programme) {
        return jdbc.sql(sql).param("p", programme).query().listOfRows();
    }

    private static final String FUNNEL = """
            WITH hh AS (SELECT id FROM address.address WHERE programme_id = :p AND in_scope
                          AND status NOT IN ('VACANT', 'NOT_RESIDENTIAL', 'MOVED')),
                 visited AS (SELECT h.id, h.address_id FROM household.household h JOIN hh ON hh.id = h.address_id
                             WHERE h.programme_id = :p
                               AND h.id IN (SELECT household_id FROM household.visit WHERE programme_id = :p)),
                 persons AS (SELECT DISTINCT m.person_id AS id FROM household.visit_member m
                             JOIN household.visit v ON v.id = m.visit_id JOIN visited ON visited.id = v.household_id
                             WHERE m.programme_id = :p AND v.programme_id = :p)
            SELECT (SELECT count(*) FROM hh) AS households,
                   (SELECT count(*) FROM hh WHERE id IN (SELECT address_id FROM address.contact_attempt WHERE programme_id = :p
                        AND outcome IN ('APPOINTMENT_MADE', 'DOORSTEP_CONTACT', 'REFUSED'))
                      OR id IN (SELECT address_id FROM visited)) AS contacted,
                   (SELECT count(*) FROM visited) AS visited,
                   (SELECT count(*) FROM household.visit WHERE programme_id = :p) AS visits,
                   (SELECT count(*) FROM persons) AS persons_visited,
                   (SELECT count(*) FROM persons WHERE id IN (
                        SELECT cp.person_id FROM support.case_person cp JOIN support.support_case sc ON sc.id = cp.case_id
                         WHERE sc.programme_id = :p AND sc.activated_at IS NOT NULL
                        UNION SELECT person_id FROM referral.referral WHERE programme_id = :p
                         AND status IN ('ACCEPTED', 'COMPLETED') AND responded_on IS NOT NULL)) AS in_trajectory""";

    private static final List<String> OTHERS = List.of("""
            SELECT count(*) FILTER (WHERE n = 0), count(*) FILTER (WHERE n = 1), count(*) FILTER (WHERE n >= 2)
            FROM (SELECT h.id, count(DISTINCT q.domain) FILTER (WHERE q.kind IN ('QUESTION', 'SIGNAL')) AS n
                  FROM household.household h JOIN address.address a ON a.id = h.address_id
                  LEFT JOIN household.help_question q ON q.household_id = h.id
                  WHERE h.programme_id = :p AND a.in_scope AND a.status NOT IN ('VACANT', 'NOT_RESIDENTIAL', 'MOVED')
                    AND h.id IN (SELECT household_id FROM household.visit WHERE programme_id = :p) GROUP BY h.id) d""", """
            SELECT domain, count(*) FROM household.help_question WHERE programme_id = :p AND kind IN ('QUESTION', 'SIGNAL')
            GROUP BY domain""", """
            SELECT pa.organisation_id, o.name, count(r.id),
                   count(r.id) FILTER (WHERE r.status IN ('ACCEPTED', 'COMPLETED')
                       OR (r.status = 'WITHDRAWN' AND r.responded_on IS NOT NULL AND r.reason IS NULL)),
                   count(r.id) FILTER (WHERE r.status = 'REJECTED'), count(r.id) FILTER (WHERE r.status = 'COMPLETED' AND r.successful),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY r.response_days),
                   count(r.id) FILTER (WHERE r.status = 'SENT' AND r.due_on < current_date)
            FROM programme.partner pa JOIN access.organisation o ON o.id = pa.organisation_id
            LEFT JOIN referral.referral r ON r.programme_id = pa.programme_id AND r.organisation_id = pa.organisation_id
            WHERE pa.programme_id = :p GROUP BY pa.organisation_id, o.name""", """
            SELECT outcome, count(*) FROM household.help_question WHERE programme_id = :p AND status = 'CLOSED' GROUP BY outcome""", """
            SELECT domain, avg(last - first), count(*) FROM (
                SELECT sc.person_id, sc.domain, (array_agg(sc.score ORDER BY sc.date, sc.recorded_at))[1] AS first,
                       (array_agg(sc.score ORDER BY sc.date DESC, sc.recorded_at DESC))[1] AS last
                FROM household.score sc JOIN household.person p ON p.id = sc.person_id
                JOIN household.household h ON h.id = p.household_id WHERE h.programme_id = :p
                GROUP BY sc.person_id, sc.domain HAVING count(*) >= 2) s GROUP BY domain""", """
            SELECT u.display_name, count(*) FROM household.visit v
            JOIN access.user_account u ON u.id = ANY (v.visitor_ids) WHERE v.programme_id = :p GROUP BY u.display_name""", """
            SELECT m, sum(c), sum(v) FROM (
                SELECT to_char(date, 'YYYY-MM') AS m, 1 AS c, 0 AS v FROM address.contact_attempt
                WHERE programme_id = :p AND outcome IN ('APPOINTMENT_MADE', 'DOORSTEP_CONTACT', 'REFUSED')
                UNION ALL SELECT to_char(date, 'YYYY-MM'), 0, 1 FROM household.visit WHERE programme_id = :p) t GROUP BY m""", """
            SELECT o.name, count(DISTINCT v.id), sum(v.minutes) / 60.0 FROM household.visit v
            JOIN access.user_account u ON u.id = ANY (v.visitor_ids)
            JOIN access.organisation o ON o.id = u.organisation_id WHERE v.programme_id = :p GROUP BY o.name""", """
            SELECT g.role, count(DISTINCT v.id), sum(v.minutes) / 60.0 FROM household.visit v
            JOIN access.role_grant g ON g.user_id = ANY (v.visitor_ids) AND (g.programme_id = :p OR g.programme_id IS NULL)
            WHERE v.programme_id = :p GROUP BY g.role""");
}
