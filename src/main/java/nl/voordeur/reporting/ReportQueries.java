package nl.voordeur.reporting;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import nl.voordeur.household.DomainScreen;

/**
 * The KPI definitions of product.md as set-based SQL over the modules' tables. Every count is
 * one aggregate query; nothing is loaded record by record.
 */
@Component
class ReportQueries {

    /** Addresses that count as households: in scope and not vacant, moved or non-residential. */
    static final String HOUSEHOLD_ADDRESSES = """
            SELECT a.id FROM address.address a WHERE a.programme_id = :p AND a.in_scope
              AND a.status NOT IN ('VACANT', 'NOT_RESIDENTIAL', 'MOVED')""";

    /**
     * The programme's household addresses ({@code hh}), its visits in the period ({@code pv}) and its
     * visited households at a household address ({@code visited}: id, address_id), each read once by
     * the programme's index and materialised, so the joins between them are hash joins: the planner
     * underestimates such correlated filters and would otherwise probe row by row.
     */
    static final String VISITED = """
            hh AS MATERIALIZED (""" + HOUSEHOLD_ADDRESSES + """
            ), pv AS MATERIALIZED (
                SELECT v.id, v.household_id FROM household.visit v WHERE v.programme_id = :p AND v.date IN PERIOD
            ), visited AS MATERIALIZED (
                SELECT h.id, h.address_id FROM household.household h WHERE h.programme_id = :p
                  AND h.address_id IN (SELECT id FROM hh) AND h.id IN (SELECT household_id FROM pv))""";

    private static final Pattern IN_PERIOD = Pattern.compile("(\\S+) IN PERIOD");
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private final JdbcClient jdbc;

    ReportQueries(ReportingDatabase database) {
        this.jdbc = database.jdbc();
    }

    record Funnel(long households, long contacted, long visited, long visits, long personsVisited, long personsInTrajectory,
                  Report.Profile profile) {
    }

    /**
     * The funnel, and the profile of the visited households (by the number of life domains of their
     * questions and signals), from one reading of the programme's households and visits. Persons
     * visited: at a visit in the period (present or not), of a visited household.
     */
    Funnel funnel(UUID programme, LocalDate from, LocalDate to) {
        return sql("WITH " + VISITED + """
                , pm AS MATERIALIZED (
                    SELECT m.visit_id, m.person_id FROM household.visit_member m WHERE m.programme_id = :p
                ), persons AS MATERIALIZED (
                    SELECT DISTINCT pm.person_id AS id FROM pm JOIN pv ON pv.id = pm.visit_id
                    WHERE pv.household_id IN (SELECT id FROM visited)
                ), asked AS (
                    SELECT q.household_id, count(DISTINCT q.domain) AS n FROM household.help_question q
                    WHERE q.programme_id = :p AND q.kind IN ('QUESTION', 'SIGNAL') AND NOT (q.domain = ANY(:hidden))
                    GROUP BY q.household_id
                ), profile AS (
                    SELECT count(*) FILTER (WHERE a.n IS NULL) AS none, count(*) FILTER (WHERE a.n = 1) AS single,
                           count(*) FILTER (WHERE a.n >= 2) AS multiple
                    FROM visited v LEFT JOIN asked a ON a.household_id = v.id)
                SELECT (SELECT count(*) FROM hh) AS households,
                       (SELECT count(*) FROM hh WHERE hh.id IN (
                            SELECT c.address_id FROM address.contact_attempt c WHERE c.programme_id = :p
                              AND c.outcome IN ('APPOINTMENT_MADE', 'DOORSTEP_CONTACT', 'REFUSED') AND c.date IN PERIOD)
                          OR hh.id IN (SELECT address_id FROM visited)) AS contacted,
                       (SELECT count(*) FROM visited) AS visited,
                       (SELECT count(*) FROM pv) AS visits,
                       (SELECT count(*) FROM persons) AS persons_visited,
                       (SELECT count(*) FROM persons WHERE persons.id IN (
                            SELECT cp.person_id FROM support.case_person cp JOIN support.support_case sc ON sc.id = cp.case_id
                             WHERE sc.programme_id = :p AND sc.activated_at IS NOT NULL AND sc.activated_at::date <= :to
                            UNION
                            SELECT r.person_id FROM referral.referral r JOIN household.help_question q ON q.id = r.help_question_id
                             WHERE r.programme_id = :p AND NOT (q.domain = ANY(:hidden))
                             AND r.status IN ('ACCEPTED', 'COMPLETED') AND r.responded_on <= :to)) AS persons_in_trajectory,
                       profile.none, profile.single, profile.multiple
                FROM profile""", programme, from, to)
                .query((rs, n) -> new Funnel(rs.getLong("households"), rs.getLong("contacted"), rs.getLong("visited"),
                        rs.getLong("visits"), rs.getLong("persons_visited"), rs.getLong("persons_in_trajectory"),
                        new Report.Profile(rs.getLong("none"), rs.getLong("single"), rs.getLong("multiple"))))
                .single();
    }

    /**
     * Questions per life domain in the period, dated by the visit at which they were raised (the
     * latest visit recorded with or before the question), not by when they were typed in: a visit of
     * 2018 entered later still counts its questions in 2018.
     */
    List<Report.DomainCount> domains(UUID programme, LocalDate from, LocalDate to) {
        return sql("""
                SELECT domain, count(*) AS n FROM (
                    SELECT q.domain, coalesce((SELECT max(v.date) FROM household.visit v WHERE v.household_id = q.household_id
                                                 AND v.recorded_at <= q.created_at + interval '1 minute'),
                                              q.created_at::date) AS raised_on
                    FROM household.help_question q WHERE q.programme_id = :p
                      AND q.kind IN ('QUESTION', 'SIGNAL') AND NOT (q.domain = ANY(:hidden))) d
                WHERE d.raised_on IN PERIOD
                GROUP BY domain ORDER BY n DESC, domain""", programme, from, to)
                .query((rs, n) -> new Report.DomainCount(rs.getString("domain"), rs.getLong("n"))).list();
    }

    List<Report.PartnerFigures> referrals(UUID programme, LocalDate from, LocalDate to, LocalDate today) {
        return sql("""
                SELECT pa.organisation_id, o.name, pa.priority_response_days,
                       count(r.id) AS sent,
                       count(r.id) FILTER (WHERE r.status IN ('ACCEPTED', 'COMPLETED') OR (r.status = 'WITHDRAWN' AND r.responded_on IS NOT NULL AND r.reason IS NULL)) AS accepted,
                       count(r.id) FILTER (WHERE r.status = 'REJECTED') AS rejected,
                       count(r.id) FILTER (WHERE r.status = 'COMPLETED' AND r.successful) AS successful,
                       round(CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY r.response_days) AS numeric), 1) AS median_days,
                       count(r.id) FILTER (WHERE r.status = 'SENT' AND r.due_on < :today) AS overdue
                FROM programme.partner pa JOIN access.organisation o ON o.id = pa.organisation_id
                LEFT JOIN referral.referral r ON r.programme_id = pa.programme_id AND r.organisation_id = pa.organisation_id
                      AND r.sent_on IN PERIOD AND NOT EXISTS (SELECT 1 FROM household.help_question q
                          WHERE q.id = r.help_question_id AND q.domain = ANY(:hidden))
                WHERE pa.programme_id = :p GROUP BY pa.organisation_id, o.name, pa.priority_response_days ORDER BY o.name""",
                programme, from, to).param("today", today)
                .query((rs, n) -> new Report.PartnerFigures(rs.getObject(1, UUID.class), rs.getString(2), rs.getLong("sent"),
                        rs.getLong("accepted"), rs.getLong("rejected"), rs.getLong("successful"),
                        rs.getBigDecimal("median_days"), rs.getInt(3), rs.getLong("overdue"))).list();
    }

    List<Report.OutcomeCount> outcomes(UUID programme, LocalDate from, LocalDate to) {
        return sql("""
                SELECT outcome, count(*) AS n FROM household.help_question WHERE programme_id = :p AND status = 'CLOSED'
                  AND closed_at::date IN PERIOD AND NOT (domain = ANY(:hidden)) GROUP BY outcome ORDER BY n DESC, outcome""", programme, from, to)
                .query((rs, n) -> new Report.OutcomeCount(rs.getString("outcome"), rs.getLong("n"))).list();
    }

    List<Report.ScoreChange> scoreChanges(UUID programme, LocalDate from, LocalDate to) {
        return sql("""
                WITH s AS (
                    SELECT sc.person_id, sc.domain, sc.score,
                           row_number() OVER (PARTITION BY sc.person_id, sc.domain ORDER BY sc.date, sc.recorded_at) AS f,
                           row_number() OVER (PARTITION BY sc.person_id, sc.domain ORDER BY sc.date DESC, sc.recorded_at DESC) AS l,
                           count(*) OVER (PARTITION BY sc.person_id, sc.domain) AS k
                    FROM household.score sc JOIN household.person p ON p.id = sc.person_id
                    JOIN household.household h ON h.id = p.household_id WHERE h.programme_id = :p AND sc.date IN PERIOD
                      AND NOT (sc.domain = ANY(:hidden))),
                per_person AS (
                    SELECT person_id, domain, max(score) FILTER (WHERE l = 1) - max(score) FILTER (WHERE f = 1) AS change
                    FROM s WHERE k >= 2 GROUP BY person_id, domain)
                SELECT domain, round(avg(change), 2) AS mean_change, count(*) AS persons FROM per_person
                GROUP BY domain ORDER BY domain""", programme, from, to)
                .query((rs, n) -> new Report.ScoreChange(rs.getString("domain"), rs.getBigDecimal("mean_change"),
                        rs.getLong("persons"))).list();
    }

    List<Report.VisitorCount> visitsPerVisitor(UUID programme, LocalDate from, LocalDate to) {
        return sql("""
                SELECT u.display_name, count(*) AS n FROM household.visit v
                CROSS JOIN LATERAL unnest(v.visitor_ids) AS vis(id) JOIN access.user_account u ON u.id = vis.id
                WHERE v.programme_id = :p AND v.date IN PERIOD GROUP BY u.display_name ORDER BY n DESC""",
                programme, from, to)
                .query((rs, n) -> new Report.VisitorCount(rs.getString(1), rs.getLong(2))).list();
    }

    /** Contacts and visits per month; counted per day first, so each day is formatted once. */
    List<Report.MonthCount> trend(UUID programme, LocalDate from, LocalDate to) {
        return sql("""
                WITH c AS (SELECT to_char(d, 'YYYY-MM') AS m, sum(n) AS n FROM (
                               SELECT date AS d, count(*) AS n FROM address.contact_attempt
                               WHERE programme_id = :p AND outcome IN ('APPOINTMENT_MADE', 'DOORSTEP_CONTACT', 'REFUSED')
                                 AND date IN PERIOD GROUP BY date) days GROUP BY 1),
                     v AS (SELECT to_char(d, 'YYYY-MM') AS m, sum(n) AS n FROM (
                               SELECT v.date AS d, count(*) AS n FROM household.visit v
                               WHERE v.programme_id = :p AND v.date IN PERIOD GROUP BY v.date) days GROUP BY 1)
                SELECT coalesce(c.m, v.m) AS m, coalesce(c.n, 0) AS contacts, coalesce(v.n, 0) AS visits
                FROM c FULL JOIN v ON v.m = c.m ORDER BY 1""", programme, from, to)
                .query((rs, n) -> new Report.MonthCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** Visits and hours (each visitor spends the visit's minutes) per organisation of the visitors. */
    List<Report.Deployment> deploymentByOrganisation(UUID programme, LocalDate from, LocalDate to) {
        return sql(DEPLOYMENT + """
                SELECT o.name AS grp, count(DISTINCT v.id) AS visits, round(coalesce(sum(v.minutes), 0) / 60.0, 1) AS hours
                FROM v JOIN access.user_account u ON u.id = v.visitor JOIN access.organisation o ON o.id = u.organisation_id
                GROUP BY o.name ORDER BY visits DESC, o.name""", programme, from, to).query(this::deployment).list();
    }

    /** The same per role the visitors hold in the programme. */
    List<Report.Deployment> deploymentByRole(UUID programme, LocalDate from, LocalDate to) {
        return sql(DEPLOYMENT + """
                SELECT g.role AS grp, count(DISTINCT v.id) AS visits, round(coalesce(sum(v.minutes), 0) / 60.0, 1) AS hours
                FROM v JOIN access.role_grant g ON g.user_id = v.visitor AND (g.programme_id = :p OR g.programme_id IS NULL)
                GROUP BY g.role ORDER BY visits DESC, g.role""", programme, from, to).query(this::deployment).list();
    }

    private static final String DEPLOYMENT = """
            WITH v AS (SELECT v.id, v.minutes, vis.id AS visitor FROM household.visit v
                       CROSS JOIN LATERAL unnest(v.visitor_ids) AS vis(id)
                       WHERE v.programme_id = :p AND v.date IN PERIOD)
            """;

    private Report.Deployment deployment(ResultSet rs, int n) throws SQLException {
        return new Report.Deployment(rs.getString("grp"), rs.getLong("visits"), rs.getBigDecimal("hours"));
    }

    /** The initiatives held in the period, in date order. */
    List<Report.InitiativeLine> initiatives(UUID programme, LocalDate from, LocalDate to) {
        return sql("""
                SELECT activity, held_on, participants, volunteers FROM neighbourhood.initiative
                WHERE programme_id = :p AND held_on IN PERIOD ORDER BY held_on, lower(activity)""", programme, from, to)
                .query((rs, n) -> new Report.InitiativeLine(rs.getString("activity"), rs.getDate("held_on").toLocalDate(),
                        rs.getLong("participants"), rs.getLong("volunteers"))).list();
    }

    /** Each indicator with its baseline and its latest value from a year up to the period's end (any year for all time). */
    List<Report.IndicatorLine> indicators(UUID programme, LocalDate to) {
        return jdbc.sql("""
                SELECT i.name, i.unit, i.direction, i.baseline_year, i.baseline_value, i.baseline_source,
                       l.year, l.value, l.source
                FROM neighbourhood.indicator i
                LEFT JOIN LATERAL (SELECT v.year, v.value, v.source FROM neighbourhood.indicator_value v
                                   WHERE v.indicator_id = i.id AND v.year <= :last ORDER BY v.year DESC LIMIT 1) l ON true
                WHERE i.programme_id = :p ORDER BY lower(i.name), i.id""")
                .param("p", programme).param("last", to == null ? LATEST.getYear() : to.getYear())
                .query((rs, n) -> indicatorLine(rs)).list();
    }

    private static Report.IndicatorLine indicatorLine(java.sql.ResultSet rs) throws java.sql.SQLException {
        var direction = nl.voordeur.neighbourhood.Direction.valueOf(rs.getString("direction"));
        Integer baselineYear = (Integer) rs.getObject("baseline_year");
        BigDecimal baseline = plain(rs.getBigDecimal("baseline_value"));
        Integer year = (Integer) rs.getObject("year");
        BigDecimal value = plain(rs.getBigDecimal("value"));
        var verdict = direction.verdict(baselineYear, baseline, year, value);
        return new Report.IndicatorLine(rs.getString("name"), rs.getString("unit"), direction, baselineYear, baseline,
                rs.getString("baseline_source"), year, value, rs.getString("source"),
                verdict == null ? null : plain(value.subtract(baseline)), verdict);
    }

    /** 12.500 as 12.5 and 100.000 as 100. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) return null;
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Binds the programme, the period and the domains the reader may not see ({@code :hidden}, see
     * {@link DomainScreen}: a police reader's figures count no health domain). {@code x IN PERIOD}
     * becomes {@code x BETWEEN :from AND :to}, or {@code true} for a report over all time (no date
     * filter, so indexes on the programme suffice).
     */
    private JdbcClient.StatementSpec sql(String sql, UUID programme, LocalDate from, LocalDate to) {
        String periodic = IN_PERIOD.matcher(sql).replaceAll(from == null && to == null ? "true" : "$1 BETWEEN :from AND :to");
        return jdbc.sql(periodic).params(Map.of("p", programme, "from", from != null ? from : EARLIEST,
                "to", to != null ? to : LATEST, "hidden", DomainScreen.current().hiddenCodes()));
    }

}
