package nl.voordeur.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.Conversations;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * Consent or legal basis per person x partner organisation x purpose. The latest record counts:
 * a withdrawal blocks new sharing with that organisation from the next request on.
 */
@Service
@Transactional
public class Consents {

    private final HouseholdAccess access;
    private final Conversations people;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;
    private final AccessManagement organisations;

    Consents(HouseholdAccess access, Conversations people, JdbcClient jdbc, AuditLog auditLog, Clock clock,
             AccessManagement organisations) {
        this.organisations = organisations;
        this.access = access;
        this.people = people;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public UUID record(UUID personId, UUID organisationId, Purpose purpose, boolean given, ConsentMethod method,
                       String legalBasis, LocalDate date) {
        var ref = access.requireFile(people.householdOf(personId));
        if (organisationId == null) throw new DomainRuleViolated("consent.organisation.required", "organisationId");
        organisations.requireOrganisation(organisationId, "organisationId");
        if (purpose == null) throw new DomainRuleViolated("consent.purpose.required", "purpose");
        if (method == null) throw new DomainRuleViolated("consent.method.required", "method");
        if (method == ConsentMethod.LEGAL_BASIS && (legalBasis == null || legalBasis.isBlank())) {
            throw new DomainRuleViolated("consent.legalBasis.required", "legalBasis");
        }
        if (date == null || date.isAfter(LocalDate.now(clock))) throw new DomainRuleViolated("consent.date.invalid", "date");
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO privacy.consent (id, person_id, organisation_id, purpose, given, method, legal_basis, date,
                    recorded_by, recorded_at) VALUES (?,?,?,?,?,?,?,?,?,?)""")
                .params(id, personId, organisationId, purpose.name(), given, method.name(), legalBasis, date,
                        CurrentUser.require().id(), Timestamp.from(Instant.now(clock))).update();
        auditLog.record(AuditRecord.of(given ? AuditAction.CREATE : AuditAction.UPDATE, "Consent", id)
                .forPerson(personId).inProgramme(ref.programmeId()).withDetails("organisation=" + organisationId
                        + ";purpose=" + purpose + ";given=" + given));
        return id;
    }

    /** May this person's data be shared with this organisation for this purpose (latest consent or legal basis)? */
    @Transactional(readOnly = true)
    public boolean mayShare(UUID personId, UUID organisationId, Purpose purpose) {
        return jdbc.sql("SELECT " + maySharePredicate("?", "?", purpose)).params(personId, organisationId)
                .query(Boolean.class).single();
    }

    /**
     * The rule of {@link #mayShare} as an SQL condition over two columns (or parameters) of a list
     * query, so that a list can be filtered, paged and counted in the database.
     */
    public static String maySharePredicate(String personColumn, String organisationColumn, Purpose purpose) {
        return "coalesce((SELECT c.given FROM privacy.consent c WHERE c.person_id = " + personColumn
                + " AND c.organisation_id = " + organisationColumn + " AND c.purpose = '" + purpose.name()
                + "' ORDER BY c.recorded_at DESC LIMIT 1), false)";
    }

    public List<ConsentView> forPerson(UUID personId) {
        var household = access.requireFile(people.householdOf(personId));
        List<ConsentView> consents = jdbc.sql("""
                SELECT id, person_id, organisation_id, purpose, given, method, legal_basis, date FROM privacy.consent
                WHERE person_id = ? ORDER BY recorded_at""").param(personId)
                .query((rs, n) -> new ConsentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), Purpose.valueOf(rs.getString(4)), rs.getBoolean(5),
                        ConsentMethod.valueOf(rs.getString(6)), rs.getString(7), rs.getObject(8, LocalDate.class)))
                .list();
        auditLog.record(AuditRecord.list("Consent", consents.stream().map(ConsentView::id).toList()).forPerson(personId)
                .inProgramme(household.programmeId()));
        return consents;
    }
}
