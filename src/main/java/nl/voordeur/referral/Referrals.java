package nl.voordeur.referral;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.programme.PartnerView;
import nl.voordeur.access.OrganisationKind;
import nl.voordeur.household.DomainScreen;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.privacy.Consents;
import nl.voordeur.privacy.Purpose;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.WorkingDays;
import nl.voordeur.household.HelpQuestions;

/**
 * Sending a help question to a partner organisation and the partner's answers. Sending needs
 * the person's consent for that partner, or a recorded legal basis; the priority agreement
 * sets the due date in working days (Dutch public holidays excluded).
 */
@Service
@Transactional
public class Referrals {

    private final HouseholdAccess households;
    private final HelpQuestions questions;
    private final Kernteam kernteam;
    private final ProgrammeGuard guard;
    private final Consents consents;
    private final ReferralReads reads;
    private final JdbcClient jdbc;
    private final AuditLog auditLog;
    private final Clock clock;

    Referrals(HouseholdAccess households, HelpQuestions questions, Kernteam kernteam, ProgrammeGuard guard,
              Consents consents, ReferralReads reads, JdbcClient jdbc, AuditLog auditLog, Clock clock) {
        this.households = households;
        this.questions = questions;
        this.kernteam = kernteam;
        this.guard = guard;
        this.consents = consents;
        this.reads = reads;
        this.jdbc = jdbc;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    public UUID send(UUID helpQuestionId, UUID organisationId, boolean priority, boolean warmHandover, String note) {
        var question = questions.forAction(helpQuestionId);
        var household = households.requireFile(question.householdId());
        CurrentUser user = guard.require(household.programmeId(), Role.CASE_MANAGER);
        int days = kernteam.priorityResponseDays(household.programmeId(), organisationId)
                .orElseThrow(() -> new DomainRuleViolated("referral.partner.unknown", "organisationId"));
        if (!DomainScreen.of(partnerKind(household.programmeId(), organisationId)).shows(question.domain())) {
            throw new DomainRuleViolated("referral.health.police", "organisationId");
        }
        if (!consents.mayShare(question.personId(), organisationId, Purpose.REFERRAL)) {
            throw new DomainRuleViolated("referral.consent.missing", "organisationId");
        }
        UUID id = UUID.randomUUID();
        LocalDate today = today();
        jdbc.sql("""
                INSERT INTO referral.referral (id, programme_id, help_question_id, household_id, person_id, organisation_id,
                    priority, warm_handover, note, status, sent_by, sent_on, due_on, updated_at, version)
                VALUES (?,?,?,?,?,?,?,?,?, 'SENT', ?,?,?,?, 0)""")
                .params(id, household.programmeId(), helpQuestionId, household.id(), question.personId(), organisationId,
                        priority, warmHandover, note == null || note.isBlank() ? null : note.strip(), user.id(), today,
                        WorkingDays.addWorkingDays(today, days), now())
                .update();
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "Referral", id).forPerson(question.personId())
                .inProgramme(household.programmeId()).withDetails("organisation=" + organisationId));
        return id;
    }

    /** The partner takes the referral on; the answer's working days count from its sending. */
    public void accept(UUID id) {
        var referral = reads.forPartner(id);
        ReferralStatus next = referral.status().accept();
        LocalDate today = today();
        changed(referral, next, jdbc.sql("""
                UPDATE referral.referral SET status = ?, responded_on = ?, response_days = ?, responded_by = ?,
                    successful = NULL, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(next.name(), today, WorkingDays.between(referral.sentOn(), today), CurrentUser.require().id(),
                        now(), referral.id(), referral.version()).update());
    }

    /** The partner turns the referral down, saying why. */
    public void reject(UUID id, String reason) {
        var referral = reads.forPartner(id);
        ReferralStatus next = referral.status().reject(reason);
        LocalDate today = today();
        changed(referral, next, jdbc.sql("""
                UPDATE referral.referral SET status = ?, reason = coalesce(?, reason), responded_on = ?,
                    response_days = ?, responded_by = ?, successful = NULL, updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(next.name(), stripped(reason), today, WorkingDays.between(referral.sentOn(), today),
                        CurrentUser.require().id(), now(), referral.id(), referral.version()).update());
    }

    /** The partner finishes an accepted referral, successfully or (saying why) not. */
    public void complete(UUID id, Boolean successful, String reason) {
        var referral = reads.forPartner(id);
        ReferralStatus next = referral.status().complete(successful, reason);
        changed(referral, next, jdbc.sql("""
                UPDATE referral.referral SET status = ?, reason = coalesce(?, reason), successful = ?, completed_on = ?,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(next.name(), stripped(reason), successful, today(), now(), referral.id(), referral.version())
                .update());
    }

    /** The case manager takes a referral back while it is open. */
    public void withdraw(UUID id, String reason) {
        var referral = reads.forCaseManager(id);
        ReferralStatus next = referral.status().withdraw();
        changed(referral, next, jdbc.sql("""
                UPDATE referral.referral SET status = ?, reason = coalesce(?, reason), successful = NULL,
                    updated_at = ?, version = version + 1
                WHERE id = ? AND version = ?""")
                .params(next.name(), stripped(reason), now(), referral.id(), referral.version()).update());
    }

    /** Refuses a change another user made first (no row at the read version), else audits the new status. */
    private void changed(ReferralView referral, ReferralStatus next, int rows) {
        if (rows == 0) throw new ConcurrentEdit("Referral");
        auditLog.record(AuditRecord.of(AuditAction.UPDATE, "Referral", referral.id()).forPerson(referral.personId())
                .inProgramme(referral.programmeId()).withDetails("status=" + next));
    }

    private static String stripped(String reason) {
        return reason == null || reason.isBlank() ? null : reason.strip();
    }

    private Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The partner's kind: the police never see health domains, so a health question is never referred to them. */
    private OrganisationKind partnerKind(UUID programmeId, UUID organisationId) {
        return kernteam.partnersOf(programmeId).stream().filter(p -> p.organisationId().equals(organisationId))
                .map(PartnerView::organisationKind).findFirst().orElse(OrganisationKind.OTHER);
    }
}
