package nl.voordeur.household;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A household's file as the viewer may see it (health domains are left out for police users). */
public record HouseholdView(UUID id, UUID programmeId, UUID addressId, int version, List<Member> members,
                            List<Visit> visits, List<Conversation> conversations, List<Score> scores,
                            Boolean willingToVolunteer, String volunteerNote, boolean interpreterNeeded,
                            String interpreterLanguage, LocalDate revisitDate, List<HousingRemark> housingRemarks) {

    public record Member(UUID id, String name, Integer birthYear, Relation relation) {
    }

    public record Visit(UUID id, LocalDate date, List<String> visitors, List<UUID> presentPersonIds) {
    }

    public record Conversation(UUID personId, LifeDomain domain, String note, LocalDate date) {
    }

    public record Score(UUID personId, LifeDomain domain, int score, LocalDate date) {
    }

    public record HousingRemark(HousingRemarkKind kind, String text, LocalDate date) {
    }
}
