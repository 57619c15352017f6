package nl.voordeur.shared;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's part in retention (see the {@code retention} module): the records of expired
 * households and addresses that still hold names, birth years, free text or contact details.
 * {@link #pending} names them for a dry run; {@link #anonymise} blanks (or deletes) exactly those
 * and answers what it changed. Both use one predicate per kind, so a second run finds nothing.
 * Implementations do not check access: the retention module has decided what expired.
 */
public interface RetentionTarget {

    /** Record ids per record kind (e.g. "Person" → ids) that the call would change or changed. */
    Map<String, List<String>> pending(Scope scope);

    Map<String, List<String>> anonymise(Scope scope);

    /** Expired household files, and the addresses whose contact data expired (visited or only contacted). */
    record Scope(Set<UUID> households, Set<UUID> addresses) {

        public UUID[] householdArray() {
            return households.toArray(UUID[]::new);
        }

        public UUID[] addressArray() {
            return addresses.toArray(UUID[]::new);
        }
    }

    /**
     * One kind of record and how it loses its personal data, as set-based SQL. {@code scope} is a
     * condition on the table (alias {@code t}) with exactly one {@code ?}, bound to an id array;
     * {@code personal} holds while personal data remain; {@code set} blanks them, or, when null,
     * the record is deleted. The ids bound are the scope's households, or its addresses when
     * {@code perAddress}.
     */
    record Blanking(String kind, String table, String id, String scope, String personal, String set, boolean perAddress) {

        public static Blanking blank(String kind, String table, String scope, String personal, String set) {
            return new Blanking(kind, table, "t.id::text", scope, personal, set, false);
        }

        public Blanking byAddress() {
            return new Blanking(kind, table, id, scope, personal, set, true);
        }

        public Blanking withId(String idExpression) {
            return new Blanking(kind, table, idExpression, scope, personal, set, perAddress);
        }

        public static Blanking delete(String kind, String table, String scope, String personal) {
            return new Blanking(kind, table, "t.id::text", scope, personal, null, false);
        }

        public boolean deletes() {
            return set == null;
        }

        List<String> pending(JdbcClient jdbc, Scope s) {
            UUID[] ids = ids(s);
            if (ids.length == 0) return List.of();
            return jdbc.sql("SELECT " + id + " FROM " + table + " t WHERE " + scope + " AND (" + personal + ") ORDER BY 1")
                    .param(ids).query(String.class).list();
        }

        List<String> apply(JdbcClient jdbc, Scope s) {
            UUID[] ids = ids(s);
            if (ids.length == 0) return List.of();
            String where = " WHERE " + scope + " AND (" + personal + ") RETURNING " + id;
            String sql = deletes() ? "DELETE FROM " + table + " t" + where : "UPDATE " + table + " t SET " + set + where;
            return jdbc.sql(sql).param(ids).query(String.class).list();
        }

        private UUID[] ids(Scope s) {
            return perAddress ? s.addressArray() : s.householdArray();
        }

        public static Map<String, List<String>> pendingAll(JdbcClient jdbc, Collection<Blanking> kinds, Scope s) {
            Map<String, List<String>> found = new LinkedHashMap<>();
            kinds.forEach(k -> add(found, k.kind(), k.pending(jdbc, s)));
            return found;
        }

        public static Map<String, List<String>> applyAll(JdbcClient jdbc, Collection<Blanking> kinds, Scope s) {
            Map<String, List<String>> done = new LinkedHashMap<>();
            kinds.forEach(k -> add(done, k.kind(), k.apply(jdbc, s)));
            return done;
        }

        private static void add(Map<String, List<String>> into, String kind, List<String> ids) {
            if (!ids.isEmpty()) into.merge(kind, ids, (a, b) -> Stream.concat(a.stream(), b.stream()).toList());
        }
    }
}
