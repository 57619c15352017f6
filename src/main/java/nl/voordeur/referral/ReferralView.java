package nl.voordeur.referral;

import java.time.LocalDate;
import java.util.UUID;

import nl.voordeur.household.LifeDomain;

/**
 * A referral with only what it needs: the person's name and birth year, the question, the note
 * and the clock. Never the rest of the household's file.
 */
public record ReferralView(UUID id, UUID programmeId, UUID helpQuestionId, UUID householdId, UUID personId,
                           String personName, Integer birthYear, LifeDomain domain, String question,
                           UUID organisationId, String organisationName, boolean priority, boolean warmHandover,
                           String note, ReferralStatus status, String reason, Boolean successful, LocalDate sentOn,
                           LocalDate dueOn, boolean overdue, Integer responseDays, String sentBy, int version) {

    /**
     * This referral as metadata, for a reader who may not open the household's file: to whom it
     * went, its status and its clock. Who and what it is about (question, household, person, domain,
     * note, reason) and who sent it are left out. Every argument is named after the component it fills.
     */
    public ReferralView metadataOnly() {
        UUID helpQuestionId = null, householdId = null, personId = null;
        String personName = null, question = null, note = null, reason = null, sentBy = null;
        Integer birthYear = null;
        LifeDomain domain = null;
        return new ReferralView(id, programmeId, helpQuestionId, householdId, personId, personName, birthYear, domain,
                question, organisationId, organisationName, priority, warmHandover, note, status, reason, successful,
                sentOn, dueOn, overdue, responseDays, sentBy, version);
    }
}
