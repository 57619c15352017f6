package nl.voordeur.household;

import java.time.LocalDate;

/**
 * What a visit records besides the people: willingness to do something for the neighbourhood,
 * an interpreter, an agreed revisit, and remarks for the housing corporation.
 */
public record Intake(Boolean willingToVolunteer, String volunteerNote, boolean interpreterNeeded,
                     String interpreterLanguage, LocalDate revisitDate, String maintenanceRemark,
                     String housingWish) {

    public static Intake none() {
        return new Intake(null, null, false, null, null, null, null);
    }
}
