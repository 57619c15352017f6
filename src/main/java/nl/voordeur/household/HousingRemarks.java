package nl.voordeur.household;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.OrganisationKind;
import nl.voordeur.access.Role;
import nl.voordeur.address.AddressView;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.Forbidden;

/**
 * Remarks for the housing corporation (maintenance, housing wishes), handed to the corporation's
 * people in the programme with the address only: no names, no questions, nothing else of the file.
 * Only remarks about dwellings the address list marks as corporation rentals ({@code corporatie}
 * = ja) go out, and only to corporation staff who work in the programme (kernteam or partner),
 * not to a corporation user who holds, say, only the council or privacy role there.
 */
@Service
@Transactional
public class HousingRemarks {

    /** The roles in which corporation staff act on remarks: visiting, case work, coordination, partnership. */
    private static final Role[] WORKS_WITH_REMARKS = {Role.VISITOR, Role.CASE_MANAGER, Role.COORDINATOR, Role.PARTNER};

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    HousingRemarks(ProgrammeGuard guard, JdbcClient jdbc, AuditLog auditLog) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record Remark(UUID id, String address, String postcode, HousingRemarkKind kind, String text, LocalDate date) {
    }

    public List<Remark> forCorporation(UUID programmeId) {
        CurrentUser user = guard.requireMember(programmeId);
        if (user.organisationKind() != OrganisationKind.HOUSING_CORPORATION
                || !guard.holdsAny(user, programmeId, WORKS_WITH_REMARKS)) throw new Forbidden("housing remarks");
        List<Remark> remarks = jdbc.sql("""
                SELECT r.id, %s, a.postcode, r.kind, r.text, r.created_at
                FROM household.housing_remark r JOIN household.household h ON h.id = r.household_id
                JOIN address.address a ON a.id = r.address_id WHERE h.programme_id = ? AND a.corporation_owned
                ORDER BY r.created_at DESC""".formatted(AddressView.LINE_SQL))
                .param(programmeId)
                .query((rs, n) -> new Remark(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        HousingRemarkKind.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getTimestamp(6).toInstant().atZone(ZoneId.of("Europe/Amsterdam")).toLocalDate()))
                .list();
        auditLog.record(AuditRecord.list("HousingRemark", remarks.stream().map(Remark::id).toList()).inProgramme(programmeId));
        return remarks;
    }
}
