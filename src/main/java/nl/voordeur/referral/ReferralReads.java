package nl.voordeur.referral;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.household.DomainScreen;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.privacy.Consents;
import nl.voordeur.privacy.Purpose;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;
import nl.voordeur.household.HelpQuestions;

/**
 * Who sees which referral. A partner's user sees only referrals to their own organisation, in
 * programmes where they are a partner, for persons whose consent still stands; never a health
 * domain when the organisation is the police. The case manager sees the referrals of their
 * households. Everyone else is told the referral does not exist, and that refusal is audited.
 * Lists are one read model over the referral, the question and the person (one query, no loops).
 */
@Service
@Transactional
public class ReferralReads {

    static final String SELECT = """
            SELECT r.*, q.domain, q.description, p.name AS person_name, p.birth_year, o.name AS organisation_name,
                   u.display_name AS sent_by_name
            FROM referral.referral r
            JOIN household.help_question q ON q.id = r.help_question_id
            JOIN household.person p ON p.id = r.person_id
            JOIN access.organisation o ON o.id = r.organisation_id
            LEFT JOIN access.user_account u ON u.id = r.sent_by
            """;

    /** Counts what {@link #SELECT} lists under the same conditions. */
    private static final String COUNT = """
            SELECT count(*) FROM referral.referral r JOIN household.help_question q ON q.id = r.help_question_id
            """;

    private final ProgrammeGuard guard;
    private final HouseholdAccess households;
    private final HelpQuestions questions;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    ReferralReads(ProgrammeGuard guard, HouseholdAccess households, HelpQuestions questions,
                  JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.questions = questions;
        this.guard = guard;
        this.households = households;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A referral as its partner sees it; 404 for anyone else. */
    public ReferralView forPartner(UUID id) {
        ReferralView referral = load(id);
        CurrentUser user = CurrentUser.require();
        if (!partnerSees(user, referral)) throw denied(id);
        audit(AuditAction.READ, referral);
        return referral;
    }

    /** A referral as the case manager of its household sees it; 404 for anyone else. */
    public ReferralView forCaseManager(UUID id) {
        ReferralView referral = load(id);
        CurrentUser user = CurrentUser.require();
        if (!caseManagerSees(user, referral)) throw denied(id);
        audit(AuditAction.READ, referral);
        return referral;
    }

    public ReferralView get(UUID id) {
        ReferralView referral = load(id);
        CurrentUser user = CurrentUser.require();
        if (!partnerSees(user, referral) && !caseManagerSees(user, referral)) throw denied(id);
        audit(AuditAction.READ, referral);
        return referral;
    }

    /** A page of the partner user's inbox: referrals to their organisation, open ones first, by due date. */
    public PageResult<ReferralView> inbox(Paging paging) {
        PageResult<ReferralView> page = visibleToPartner(paging);
        auditLog.record(AuditRecord.list("Referral", page.items().stream().map(ReferralView::id).toList()));
        return page;
    }

    /** How many open referrals wait in the partner user's inbox (a count, no personal data: not audited). */
    @Transactional(readOnly = true)
    public long openInInbox() {
        return visibleToPartner(Paging.ALL).items().stream().filter(r -> r.status().open()).count();
    }

    /** How many open referrals of a programme are past their agreement (a count: not audited). */
    @Transactional(readOnly = true)
    public long overdueCount(UUID programmeId) {
        guard.require(programmeId, Role.CASE_MANAGER, Role.COORDINATOR);
        return jdbc.sql("SELECT count(*) FROM referral.referral WHERE programme_id = ? AND status = 'SENT' AND due_on < ?")
                .params(programmeId, today()).query(Long.class).single();
    }

    /** How many referrals this case manager sent were answered in the last two weeks (a count: not audited). */
    @Transactional(readOnly = true)
    public long answeredCount(UUID programmeId, UUID caseManagerId) {
        return jdbc.sql("""
                SELECT count(*) FROM referral.referral WHERE programme_id = ? AND sent_by = ?
                  AND status IN ('ACCEPTED', 'REJECTED', 'COMPLETED') AND updated_at > now() - interval '14 days'""")
                .params(programmeId, caseManagerId).query(Long.class).single();
    }

    private PageResult<ReferralView> visibleToPartner(Paging paging) {
        PartnerScope view = partnerView(CurrentUser.require());
        if (view == null) return new PageResult<>(List.of(), 0);
        List<Object> params = new ArrayList<>(view.params());
        params.addAll(List.of(paging.size(), paging.offset()));
        List<ReferralView> page = jdbc.sql(SELECT + view.where() + " ORDER BY r.status <> 'SENT', r.due_on, r.id LIMIT ? OFFSET ?")
                .params(params).query(mapper()).list();
        return PageResult.of(page, paging, () -> jdbc.sql(COUNT + view.where()).params(view.params()).query(Long.class).single());
    }

    /** What a partner's user sees, as an SQL condition: null when they are a partner in no programme. */
    private record PartnerScope(String where, List<Object> params) {
    }

    /**
     * A partner's user sees referrals to their own organisation, in programmes where they hold the
     * partner role, for persons whose consent stands, never a health domain when they are police.
     */
    private static PartnerScope partnerView(CurrentUser user) {
        List<UUID> programmes = user.programmesWithRole(Role.PARTNER);
        if (programmes != null && programmes.isEmpty()) return null;
        List<Object> params = new ArrayList<>(List.of(user.organisationId(), DomainScreen.of(user).hiddenCodes()));
        String where = " WHERE r.organisation_id = ? AND NOT (q.domain = ANY(?)) AND "
                + Consents.maySharePredicate("r.person_id", "r.organisation_id", Purpose.REFERRAL);
        if (programmes != null) {
            where += " AND r.programme_id = ANY(?)";
            params.add(programmes.toArray(UUID[]::new));
        }
        return new PartnerScope(where, params);
    }

    /** The referrals of one household, for its case manager. */
    public List<ReferralView> forHousehold(UUID householdId) {
        var household = households.requireCaseFile(householdId);
        List<ReferralView> all = jdbc.sql(SELECT + " WHERE r.household_id = ? AND NOT (q.domain = ANY(?)) ORDER BY r.sent_on DESC")
                .params(householdId, DomainScreen.current().hiddenCodes()).query(mapper()).list();
        auditLog.record(AuditRecord.list("Referral", all.stream().map(ReferralView::id).toList())
                .inProgramme(household.programmeId()));
        return all;
    }

    /** The referrals of one help question, for the case manager of its household. */
    public List<ReferralView> forQuestion(UUID helpQuestionId) {
        return forHousehold(questions.brief(helpQuestionId).householdId()).stream().filter(r -> r.helpQuestionId().equals(helpQuestionId)).toList();
    }

    /**
     * Open referrals of a programme past their priority agreement, for the case managers and the
     * coordinator: who and what (name, birth year, question, note) only for a case manager who reads
     * the household's file, metadata for everyone else.
     */
    public PageResult<ReferralView> overdue(UUID programmeId, Paging paging) {
        CurrentUser user = guard.require(programmeId, Role.CASE_MANAGER, Role.COORDINATOR);
        String late = " WHERE r.programme_id = ? AND r.status = 'SENT' AND r.due_on < ? AND NOT (q.domain = ANY(?))";
        List<Object> params = List.of(programmeId, today(), DomainScreen.of(user).hiddenCodes());
        List<ReferralView> page = jdbc.sql(SELECT + late + " ORDER BY r.due_on, r.id LIMIT ? OFFSET ?")
                .params(params).param(paging.size()).param(paging.offset()).query(mapper()).list().stream()
                .map(r -> caseManagerSees(user, r) ? r : r.metadataOnly()).toList();
        auditLog.record(AuditRecord.list("Referral", page.stream().map(ReferralView::id).toList()).inProgramme(programmeId));
        return PageResult.of(page, paging, () -> jdbc.sql(COUNT + late).params(params).query(Long.class).single());
    }

    /** Referrals the case manager sent that a partner answered in the last two weeks. */
    public List<ReferralView> answeredFor(UUID programmeId, UUID caseManagerId) {
        CurrentUser user = guard.require(programmeId, Role.CASE_MANAGER);
        List<ReferralView> answered = jdbc.sql(SELECT + " WHERE r.programme_id = ? AND r.sent_by = ? AND r.status IN ('ACCEPTED', 'REJECTED', 'COMPLETED')"
                        + " AND r.updated_at > now() - interval '14 days' ORDER BY r.updated_at DESC")
                .params(programmeId, caseManagerId).query(mapper()).list().stream()
                .filter(r -> caseManagerSees(user, r)).toList();
        auditLog.record(AuditRecord.list("Referral", answered.stream().map(ReferralView::id).toList()).inProgramme(programmeId));
        return answered;
    }

    private boolean partnerSees(CurrentUser user, ReferralView r) {
        PartnerScope view = partnerView(user);
        if (view == null) return false;
        List<Object> params = new ArrayList<>(view.params());
        params.add(r.id());
        return jdbc.sql(COUNT + view.where() + " AND r.id = ?").params(params).query(Long.class).single() > 0;
    }

    private boolean caseManagerSees(CurrentUser user, ReferralView r) {
        if (!guard.holdsAny(user, r.programmeId(), Role.CASE_MANAGER) || !DomainScreen.of(user).shows(r.domain())) {
            return false;
        }
        var ref = households.ref(r.householdId());
        return households.canReadCaseWork(user, ref);
    }

    private ReferralView load(UUID id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(mapper()).optional()
                .orElseThrow(() -> new NotFound("Referral"));
    }

    private NotFound denied(UUID id) {
        auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "Referral", id).refused());
        return new NotFound("Referral");
    }

    private void audit(AuditAction action, ReferralView r) {
        auditLog.record(AuditRecord.of(action, "Referral", r.id()).forPerson(r.personId()).inProgramme(r.programmeId()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private RowMapper<ReferralView> mapper() {
        LocalDate today = today();
        return (rs, n) -> {
            ReferralStatus status = ReferralStatus.valueOf(rs.getString("status"));
            LocalDate due = rs.getObject("due_on", LocalDate.class);
            return new ReferralView(rs.getObject("id", UUID.class), rs.getObject("programme_id", UUID.class),
                    rs.getObject("help_question_id", UUID.class), rs.getObject("household_id", UUID.class),
                    rs.getObject("person_id", UUID.class), rs.getString("person_name"), (Integer) rs.getObject("birth_year"),
                    LifeDomain.valueOf(rs.getString("domain")), rs.getString("description"),
                    rs.getObject("organisation_id", UUID.class), rs.getString("organisation_name"),
                    rs.getBoolean("priority"), rs.getBoolean("warm_handover"), rs.getString("note"), status,
                    rs.getString("reason"), (Boolean) rs.getObject("successful"), rs.getObject("sent_on", LocalDate.class),
                    due, status == ReferralStatus.SENT && today.isAfter(due), (Integer) rs.getObject("response_days"),
                    rs.getString("sent_by_name"), rs.getInt("version"));
        };
    }
}
