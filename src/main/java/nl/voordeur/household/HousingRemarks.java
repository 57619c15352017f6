package nl.voordeur.household;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
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
import nl.voordeur.shared.DutchZone;
import nl.voordeur.shared.Forbidden;

/**
 * Remarks for the housing corporation (maintenance, housing wishes), handed to the corporation's
 * people in the programme with the address only: no names, no questions, nothing else of the file.
 * <ul>
 *   <li>Only remarks about dwellings the register records as owned by the reader's own corporation
 *       go out (the address list's {@code corporatie} column, or the coordinator's correction); a
 *       dwelling of another corporation, or of no known one, is not theirs.</li>
 *   <li>A household's remarks stay in when one of its members withdrew consent for the HOUSING
 *       purpose with that corporation (the latest record counts); without such a withdrawal they
 *       are handed over, as the resident asked at the door.</li>
 *   <li>Only corporation staff who work in the programme (kernteam or partner) receive them, not a
 *       corporation user who holds, say, only the council or privacy role there.</li>
 * </ul>
 */
@Service
@Transactional
public class HousingRemarks {

    /** The roles in which corporation staff act on remarks: visiting, case work, coordination, partnership. */
    private static final Role[] WORKS_WITH_REMARKS = {Role.VISITOR, Role.CASE_MANAGER, Role.COORDINATOR, Role.PARTNER};

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final HousingConsent consent;

    HousingRemarks(ProgrammeGuard guard, JdbcClient jdbc, AuditLog auditLog, HousingConsent consent) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.consent = consent;
    }

    public record Remark(UUID id, String address, String postcode, HousingRemarkKind kind, String text, LocalDate date) {
    }

    /** A remark with the household's members, whose consent decides whether it goes out. */
    private record Candidate(Remark remark, List<UUID> members) {
    }

    public List<Remark> forCorporation(UUID programmeId) {
        CurrentUser user = guard.requireMember(programmeId);
        if (user.organisationKind() != OrganisationKind.HOUSING_CORPORATION
                || !guard.holdsAny(user, programmeId, WORKS_WITH_REMARKS)) throw new Forbidden("housing remarks");
        List<Candidate> owned = jdbc.sql("""
                SELECT r.id, %s, a.postcode, r.kind, r.text, r.created_at,
                       ARRAY(SELECT p.id FROM household.person p WHERE p.household_id = h.id) AS members
                FROM household.housing_remark r JOIN household.household h ON h.id = r.household_id
                JOIN address.address a ON a.id = r.address_id WHERE h.programme_id = ? AND a.corporation_id = ?
                ORDER BY r.created_at DESC""".formatted(AddressView.LINE_SQL))
                .params(programmeId, user.organisationId())
                .query((rs, n) -> new Candidate(new Remark(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        HousingRemarkKind.valueOf(rs.getString(4)), rs.getString(5),
                        rs.getTimestamp(6).toInstant().atZone(DutchZone.ZONE).toLocalDate()),
                        Arrays.asList((UUID[]) rs.getArray(7).getArray())))
                .list();
        Set<UUID> withdrawn = consent.withdrawn(user.organisationId(),
                owned.stream().flatMap(c -> c.members().stream()).distinct().toList());
        List<Remark> remarks = owned.stream().filter(c -> c.members().stream().noneMatch(withdrawn::contains))
                .map(Candidate::remark).toList();
        auditLog.record(AuditRecord.list("HousingRemark", remarks.stream().map(Remark::id).toList()).inProgramme(programmeId));
        return remarks;
    }
}
