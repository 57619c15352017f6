package nl.voordeur.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A visit was recorded, with the help questions raised at it, each with the person it was
 * registered for: the event other modules hear, and the answer to the API.
 */
public record VisitRecorded(UUID id, UUID householdId, UUID addressId, UUID programmeId, LocalDate date,
                            List<MemberRef> members, List<QuestionRef> helpQuestions) {

    public record MemberRef(UUID id, String name) {
    }

    public record QuestionRef(UUID id, UUID personId) {
    }
}
