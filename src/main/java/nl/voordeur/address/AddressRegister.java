package nl.voordeur.address;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.OrganisationView;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/** The paged, filterable list of a programme's addresses, sorted by street and number. */
@Service
@Transactional
public class AddressRegister {

    static final String COLUMNS = "a.id, a.programme_id, a.street, a.house_number, a.house_letter, a.addition, "
            + "a.postcode, a.city, a.status, a.in_scope";

    static final RowMapper<AddressView> VIEW = (rs, n) -> new AddressView(rs.getObject("id", UUID.class),
            rs.getObject("programme_id", UUID.class), rs.getString("street"), rs.getInt("house_number"),
            rs.getString("house_letter"), rs.getString("addition"), rs.getString("postcode"), rs.getString("city"),
            AddressStatus.valueOf(rs.getString("status")), rs.getBoolean("in_scope"));

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final AccessManagement access;
    private final AddressAccess addressAccess;

    AddressRegister(ProgrammeGuard guard, JdbcClient jdbc, AuditLog auditLog, AccessManagement access,
                    AddressAccess addressAccess) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.access = access;
        this.addressAccess = addressAccess;
    }

    /** Coordinators see every address; a visitor sees only the addresses assigned to them. */
    public PageResult<AddressView> list(UUID programmeId, AddressFilter filter, Paging paging) {
        CurrentUser user = guard.requireMember(programmeId);
        Map<String, Object> params = new HashMap<>();
        String where = where(programmeId, filter, params);
        if (!addressAccess.seesWholeList(user, programmeId)) {
            if (!guard.holdsAny(user, programmeId, Role.VISITOR)) throw new Forbidden("address list");
            where += " AND EXISTS (SELECT 1 FROM address.assignment s WHERE s.address_id = a.id AND s.visitor_id = :me)";
            params.put("me", user.id());
        }
        long total = jdbc.sql("SELECT count(*) FROM address.address a" + where).params(params)
                .query(Long.class).single();
        List<AddressView> items = jdbc.sql("SELECT " + COLUMNS + " FROM address.address a" + where
                        + orderBy(params) + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query(VIEW).list();
        auditLog.record(AuditRecord.list("Address", items.stream().map(AddressView::id).toList())
                .inProgramme(programmeId));
        return new PageResult<>(items, total);
    }

    /** One address and everything that happened to it; a read of personal data, so audited. */
    public AddressDetail detail(UUID addressId) {
        var row = jdbc.sql("SELECT " + COLUMNS + ", a.bag_id, a.corporation_owned, a.corporation_id, a.version "
                        + "FROM address.address a WHERE a.id = ?")
                .param(addressId)
                .query((rs, n) -> new AddressDetail(VIEW.mapRow(rs, n), rs.getString("bag_id"),
                        (Boolean) rs.getObject("corporation_owned"), rs.getObject("corporation_id", UUID.class), null,
                        rs.getInt("version"), List.of()))
                .optional().orElseThrow(() -> new NotFound("Address"));
        addressAccess.require(row.address().programmeId(), addressId);
        List<EventRow> events = jdbc.sql("SELECT at, kind, detail, user_id FROM address.address_event WHERE address_id = ? ORDER BY id")
                .param(addressId)
                .query((rs, n) -> new EventRow(rs.getTimestamp("at").toInstant(), rs.getString("kind"),
                        rs.getString("detail"), rs.getObject("user_id", UUID.class)))
                .list();
        Map<UUID, String> names = access.displayNames(events.stream().map(EventRow::userId)
                .filter(Objects::nonNull).distinct().toList());
        String corporationName = row.corporationId() == null ? null
                : access.organisation(row.corporationId()).map(OrganisationView::name).orElse(null);
        auditLog.record(AuditRecord.of(AuditAction.READ, "Address", addressId).inProgramme(row.address().programmeId()));
        return new AddressDetail(row.address(), row.bagId(), row.corporationOwned(), row.corporationId(),
                corporationName, row.version(),
                events.stream().map(e -> new AddressDetail.Event(e.at(), e.kind(), e.detail(),
                        e.userId() == null ? null : names.get(e.userId()))).toList());
    }

    private record EventRow(Instant at, String kind, String detail, UUID userId) {
    }

    /** Every address id matching the filter (no paging), for letters to a selection. */
    @Transactional(readOnly = true)
    public List<UUID> ids(UUID programmeId, AddressFilter filter) {
        guard.require(programmeId, Role.ADMIN, Role.COORDINATOR);
        Map<String, Object> params = new HashMap<>();
        return jdbc.sql("SELECT a.id FROM address.address a" + where(programmeId, filter, params)).params(params)
                .query(UUID.class).list();
    }

    /** The streets of the programme, for the street filter. */
    @Transactional(readOnly = true)
    public List<String> streets(UUID programmeId) {
        guard.requireMember(programmeId);
        return jdbc.sql("SELECT DISTINCT street FROM address.address WHERE programme_id = ? AND in_scope ORDER BY street")
                .param(programmeId).query(String.class).list();
    }

    /**
     * Street and number. A street-name search orders by the lowered street in the "C" collation,
     * as its index holds it (address V4), so that the first page comes from the index in order
     * instead of from a walk over the whole programme; for Dutch street names the order is the same.
     * Whether the where clause searches a street name shows in its parameters.
     */
    private static String orderBy(Map<String, Object> whereParams) {
        return whereParams.containsKey("streetPrefix")
                ? " ORDER BY lower(a.street) COLLATE \"C\", a.house_number, a.house_letter, a.addition, a.street"
                : " ORDER BY a.street, a.house_number, a.house_letter, a.addition";
    }

    private static String where(UUID programmeId, AddressFilter filter, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE a.programme_id = :programme AND a.in_scope = :inScope");
        params.put("programme", programmeId);
        params.put("inScope", !filter.outOfScope());
        if (filter.status() != null) {
            where.append(" AND a.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.visitorId() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM address.assignment v WHERE v.address_id = a.id AND v.visitor_id = :visitor)");
            params.put("visitor", filter.visitorId());
        }
        if (filter.street() != null && !filter.street().isBlank()) {
            where.append(" AND a.street = :street");
            params.put("street", filter.street());
        }
        var search = filter.parsedSearch();
        if (search.postcodePrefix() != null) {
            where.append(" AND a.postcode LIKE :postcode");
            params.put("postcode", search.postcodePrefix() + "%");
        }
        if (search.houseNumber() != null) {
            where.append(" AND a.house_number = :number");
            params.put("number", search.houseNumber());
        }
        if (search.streetPrefix() != null) {
            where.append(" AND lower(a.street) LIKE :streetPrefix");
            params.put("streetPrefix", search.streetPrefix().replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return where.toString();
    }
}
