package nl.voordeur.address;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Set-based import: the parsed rows go into a temporary table with COPY, and three statements
 * add new addresses, bring returning ones back in scope and put vanished ones out of scope,
 * each writing its history events. Runs inside the caller's transaction.
 */
@Component
class AddressStaging {

    private static final String MATCH = """
            a.programme_id = :programme AND a.postcode = r.postcode AND a.house_number = r.house_number
            AND a.house_letter = r.house_letter AND lower(a.addition) = lower(r.addition)""";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    AddressStaging(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    record Counts(int added, int unchanged, int removed) {
    }

    Counts stage(UUID programmeId, List<AddressRow> rows) {
        jdbc.sql("""
                CREATE TEMP TABLE import_row (postcode text, house_number int, house_letter text, addition text,
                    street text, city text, bag_id text, corporation_owned boolean) ON COMMIT DROP""").update();
        copy(rows);
        jdbc.sql("CREATE INDEX ON import_row (postcode, house_number)").update();
        jdbc.sql("ANALYZE import_row").update();
        int existing = count("SELECT count(*) FROM import_row r WHERE EXISTS "
                + "(SELECT 1 FROM address.address a WHERE " + MATCH + " AND a.in_scope)", programmeId);
        int removed = count("SELECT count(*) FROM address.address a WHERE a.programme_id = :programme AND a.in_scope "
                + "AND NOT EXISTS (SELECT 1 FROM import_row r WHERE " + MATCH + ")", programmeId);
        return new Counts(rows.size() - existing, existing, removed);
    }

    void apply(UUID programmeId, UUID userId, Instant now) {
        var at = Timestamp.from(now);
        jdbc.sql("""
                WITH added AS (
                    INSERT INTO address.address (id, programme_id, postcode, house_number, house_letter, addition,
                        street, city, bag_id, corporation_owned, created_at, updated_at)
                    SELECT gen_random_uuid(), :programme, r.postcode, r.house_number, r.house_letter, r.addition,
                        r.street, r.city, r.bag_id, r.corporation_owned, :at, :at
                    FROM import_row r
                    WHERE NOT EXISTS (SELECT 1 FROM address.address a WHERE""" + " " + MATCH + """
                    )
                    RETURNING id)
                INSERT INTO address.address_event (address_id, at, kind, user_id)
                SELECT id, :at, 'IMPORTED', :user FROM added""")
                .param("programme", programmeId).param("at", at).param("user", userId).update();
        jdbc.sql("""
                WITH back AS (
                    UPDATE address.address a SET in_scope = true, street = r.street, city = r.city,
                        bag_id = coalesce(r.bag_id, a.bag_id),
                        corporation_owned = coalesce(r.corporation_owned, a.corporation_owned),
                        updated_at = :at, version = a.version + 1
                    FROM import_row r, address.address old WHERE old.id = a.id AND""" + " " + MATCH + """
                     AND (NOT a.in_scope OR a.street <> r.street OR a.city <> r.city)
                    RETURNING a.id, old.in_scope AS was_in_scope)
                INSERT INTO address.address_event (address_id, at, kind, user_id)
                SELECT id, :at, CASE WHEN was_in_scope THEN 'DETAILS_UPDATED' ELSE 'BACK_IN_SCOPE' END, :user
                FROM back""")
                .param("programme", programmeId).param("at", at).param("user", userId).update();
        jdbc.sql("""
                WITH gone AS (
                    UPDATE address.address a SET in_scope = false, updated_at = :at, version = a.version + 1
                    WHERE a.programme_id = :programme AND a.in_scope
                      AND NOT EXISTS (SELECT 1 FROM import_row r WHERE""" + " " + MATCH + """
                    )
                    RETURNING a.id)
                INSERT INTO address.address_event (address_id, at, kind, user_id)
                SELECT id, :at, 'OUT_OF_SCOPE', :user FROM gone""")
                .param("programme", programmeId).param("at", at).param("user", userId).update();
    }

    private int count(String sql, UUID programmeId) {
        return jdbc.sql(sql).param("programme", programmeId).query(Integer.class).single();
    }

    private void copy(List<AddressRow> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 64);
        for (AddressRow r : rows) {
            text.append(esc(r.postcode())).append('\t').append(r.houseNumber()).append('\t')
                    .append(esc(nz(r.houseLetter()))).append('\t').append(esc(nz(r.addition()))).append('\t')
                    .append(esc(r.street())).append('\t').append(esc(r.city())).append('\t')
                    .append(r.bagId() == null || r.bagId().isBlank() ? "\\N" : esc(r.bagId())).append('\t')
                    .append(r.corporationOwned() == null ? "\\N" : r.corporationOwned().toString()).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY import_row FROM STDIN", new StringReader(text.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("staging the address list failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static String esc(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
