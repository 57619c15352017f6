package nl.voordeur.support;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.household.DomainScreen;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.address.AddressView;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;

/**
 * Visited households with open help questions and no case manager yet. A case manager reads a
 * household's file only once it is theirs, so the programme's case managers and coordinator see
 * these households as metadata only: the address, the last visit, how many questions wait and
 * whether one is urgent. No names, domains or descriptions. A case manager takes a household, or
 * the coordinator appoints one ({@code Households.assignCaseManager}), and only then opens the file.
 * For a police user, health-domain questions are neither counted nor make a household appear.
 */
@Service
@Transactional
public class FreeHouseholds {

    /** Shared by the list and its count, so the two can never disagree. */
    private static final String WAITING = """
             JOIN household.help_question q ON q.household_id = h.id
            WHERE h.programme_id = ? AND h.case_manager_id IS NULL AND q.status <> 'CLOSED'
              AND NOT (q.domain = ANY(?))
            """;

    private final ProgrammeGuard guard;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;

    FreeHouseholds(ProgrammeGuard guard, JdbcClient jdbc, AuditLog auditLog) {
        this.guard = guard;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
    }

    public record FreeHousehold(UUID householdId, String address, String postcode, LocalDate lastVisit,
                                int openQuestions, boolean urgent) {
    }

    /** A page of the programme's households waiting for a case manager, urgent and oldest first; audited as the page shown. */
    public PageResult<FreeHousehold> list(UUID programmeId, Paging paging) {
        CurrentUser user = guard.require(programmeId, Role.CASE_MANAGER, Role.COORDINATOR);
        List<FreeHousehold> free = jdbc.sql("""
                SELECT h.id, %s, a.postcode, (SELECT max(v.date) FROM household.visit v WHERE v.household_id = h.id),
                       count(*), bool_or(q.urgency IN ('ACUTE', 'HIGH'))
                FROM household.household h JOIN address.address a ON a.id = h.address_id %s
                GROUP BY h.id, a.id ORDER BY bool_or(q.urgency IN ('ACUTE', 'HIGH')) DESC, min(q.created_at), h.id
                LIMIT ? OFFSET ?""".formatted(AddressView.LINE_SQL, WAITING))
                .params(programmeId, DomainScreen.of(user).hiddenCodes(), paging.size(), paging.offset())
                .query((rs, n) -> new FreeHousehold(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getInt(5), rs.getBoolean(6)))
                .list();
        auditLog.record(AuditRecord.list("Household", free.stream().map(FreeHousehold::householdId).toList())
                .inProgramme(programmeId).because("assignment"));
        return PageResult.of(free, paging, () -> count(programmeId));
    }

    /** How many households wait for a case manager (a count, no personal data: not audited). */
    @Transactional(readOnly = true)
    public long count(UUID programmeId) {
        CurrentUser user = guard.require(programmeId, Role.CASE_MANAGER, Role.COORDINATOR);
        return jdbc.sql("SELECT count(DISTINCT h.id) FROM household.household h" + WAITING)
                .params(programmeId, DomainScreen.of(user).hiddenCodes()).query(Long.class).single();
    }
}
