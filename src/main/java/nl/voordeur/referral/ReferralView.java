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
}
