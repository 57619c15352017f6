package nl.voordeur.address;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Set-based import, streaming: rows go into PostgreSQL with COPY while the file is being parsed.
 * A programme's first list is copied straight into the address table; a later list goes into a
 * temporary table, and three statements add new addresses, bring returning ones back in scope
 * and put vanished ones out of scope, each writing its history events. Runs inside the caller's
 * transaction.
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

    /**
     * What applying a list does: addresses added, kept, and taken out of scope (of which visited),
     * against the programme's in-scope addresses before.
     */
    record Counts(int added, int unchanged, int removed, int removedVisited, int inScopeBefore) {

        static Counts first(int valid) {
            return new Counts(valid, 0, 0, 0, 0);
        }
    }

    /**
     * The owner an existing address gets from a row of a later list: kept when the row says nothing,
     * none for "nee", the named corporation, else the known owner, else the programme's sole one.
     */
    private static final String NEW_OWNER = """
            CASE WHEN r.corporation_owned IS NULL THEN a.corporation_id WHEN NOT r.corporation_owned THEN NULL
                 ELSE coalesce(r.corporation_id, a.corporation_id, CAST(:sole AS uuid)) END""";

    /** Serialises imports of one programme, so two first imports cannot both take the fast path. */
    void lock(UUID programmeId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))").param("address-import-" + programmeId)
                .query().singleRow();
    }

    /** True when the programme has no addresses yet: every valid row of its first list is new. */
    boolean isEmpty(UUID programmeId) {
        return !jdbc.sql("SELECT EXISTS (SELECT 1 FROM address.address WHERE programme_id = ?)").param(programmeId)
                .query(Boolean.class).single();
    }

    /**
     * The first list of a programme: parsed rows go straight into address.address with COPY (ids
     * made here, time-ordered), then one statement writes every address's IMPORTED event.
     */
    ParseResult insertFirst(UUID programmeId, UUID userId, Instant now, UUID soleCorporation,
                            Function<Consumer<AddressRow>, ParseResult> parse) {
        Instant micros = now.truncatedTo(ChronoUnit.MICROS);
        String at = micros.toString();
        IdSequence ids = new IdSequence(micros);
        ParseResult parsed = copy("""
                COPY address.address (id, programme_id, postcode, house_number, house_letter, addition, street, city,
                    bag_id, corporation_owned, corporation_id, created_at, updated_at) FROM STDIN""", parse,
                (out, r) -> out.raw(ids.next()).tab().raw(programmeId).tab().text(r.postcode()).tab()
                        .raw(r.houseNumber()).tab().text(nz(r.houseLetter())).tab().text(nz(r.addition())).tab()
                        .text(r.street()).tab().text(r.city()).tab().text(blankToNull(r.bagId())).tab()
                        .raw(r.corporationOwned()).tab().raw(r.owner(soleCorporation)).tab().raw(at).tab().raw(at).endRow());
        jdbc.sql("""
                INSERT INTO address.address_event (address_id, at, kind, user_id)
                SELECT id, :at, 'IMPORTED', :user FROM address.address WHERE programme_id = :programme ORDER BY id""")
                .param("programme", programmeId).param("at", Timestamp.from(micros)).param("user", userId).update();
        return parsed;
    }

    /** Parses the file into a temporary staging table (COPY while reading) for {@link #counts} and {@link #apply}. */
    ParseResult stage(Function<Consumer<AddressRow>, ParseResult> parse) {
        jdbc.sql("""
                CREATE TEMP TABLE import_row (postcode text, house_number int, house_letter text, addition text,
                    street text, city text, bag_id text, corporation_owned boolean, corporation_id uuid) ON COMMIT DROP""").update();
        ParseResult parsed = copy("COPY import_row FROM STDIN", parse,
                (out, r) -> out.text(r.postcode()).tab().raw(r.houseNumber()).tab().text(nz(r.houseLetter())).tab()
                        .text(nz(r.addition())).tab().text(r.street()).tab().text(r.city()).tab()
                        .text(blankToNull(r.bagId())).tab().raw(r.corporationOwned()).tab().raw(r.corporationId()).endRow());
        jdbc.sql("ANALYZE import_row").update();
        return parsed;
    }

    /** What applying the staged rows would do; an address with a visit counts as visited. */
    Counts counts(UUID programmeId, int valid) {
        int existing = count("SELECT count(*) FROM import_row r WHERE EXISTS "
                + "(SELECT 1 FROM address.address a WHERE " + MATCH + " AND a.in_scope)", programmeId);
        int[] removed = jdbc.sql("SELECT count(*), count(*) FILTER (WHERE a.first_visit_at IS NOT NULL OR a.status = 'VISITED') "
                        + "FROM address.address a WHERE a.programme_id = :programme AND a.in_scope "
                        + "AND NOT EXISTS (SELECT 1 FROM import_row r WHERE " + MATCH + ")")
                .param("programme", programmeId).query((rs, n) -> new int[] {rs.getInt(1), rs.getInt(2)}).single();
        int inScope = count("SELECT count(*) FROM address.address a WHERE a.programme_id = :programme AND a.in_scope",
                programmeId);
        return new Counts(valid - existing, existing, removed[0], removed[1], inScope);
    }

    /** Applies the staged rows; a plain "ja" without a known owner goes to {@code soleCorporation} (may be null). */
    void apply(UUID programmeId, UUID userId, Instant now, UUID soleCorporation) {
        var at = Timestamp.from(now);
        jdbc.sql("""
                WITH added AS (
                    INSERT INTO address.address (id, programme_id, postcode, house_number, house_letter, addition,
                        street, city, bag_id, corporation_owned, corporation_id, created_at, updated_at)
                    SELECT gen_random_uuid(), :programme, r.postcode, r.house_number, r.house_letter, r.addition,
                        r.street, r.city, r.bag_id, r.corporation_owned,
                        CASE WHEN r.corporation_owned THEN coalesce(r.corporation_id, CAST(:sole AS uuid)) END, :at, :at
                    FROM import_row r
                    WHERE NOT EXISTS (SELECT 1 FROM address.address a WHERE""" + " " + MATCH + """
                    )
                    RETURNING id)
                INSERT INTO address.address_event (address_id, at, kind, user_id)
                SELECT id, :at, 'IMPORTED', :user FROM added""")
                .param("programme", programmeId).param("at", at).param("user", userId).param("sole", soleCorporation)
                .update();
        jdbc.sql("""
                WITH back AS (
                    UPDATE address.address a SET in_scope = true, street = r.street, city = r.city,
                        bag_id = coalesce(r.bag_id, a.bag_id),
                        corporation_owned = coalesce(r.corporation_owned, a.corporation_owned),
                        corporation_id = %1$s,
                        updated_at = :at, version = a.version + 1
                    FROM import_row r, address.address old WHERE old.id = a.id AND %2$s
                     AND (NOT a.in_scope OR a.street <> r.street OR a.city <> r.city
                          OR a.corporation_owned IS DISTINCT FROM coalesce(r.corporation_owned, a.corporation_owned)
                          OR a.corporation_id IS DISTINCT FROM (%1$s))
                    RETURNING a.id, old.in_scope AS was_in_scope)
                INSERT INTO address.address_event (address_id, at, kind, user_id)
                SELECT id, :at, CASE WHEN was_in_scope THEN 'DETAILS_UPDATED' ELSE 'BACK_IN_SCOPE' END, :user
                FROM back""".formatted(NEW_OWNER, MATCH))
                .param("programme", programmeId).param("at", at).param("user", userId).param("sole", soleCorporation)
                .update();
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

    /** Drops the staging table of a preview whose transaction goes on (it would be dropped at commit anyway). */
    void dropStaged() {
        jdbc.sql("DROP TABLE import_row").update();
    }

    private int count(String sql, UUID programmeId) {
        return jdbc.sql(sql).param("programme", programmeId).query(Integer.class).single();
    }

    private ParseResult copy(String copySql, Function<Consumer<AddressRow>, ParseResult> parse,
                             BiConsumer<CopyStream, AddressRow> format) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try (CopyStream out = new CopyStream(connection, copySql)) {
            ParseResult parsed = parse.apply(row -> format.accept(out, row));
            out.finish();
            return parsed;
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
