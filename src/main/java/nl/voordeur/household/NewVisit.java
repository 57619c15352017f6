package nl.voordeur.household;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.voordeur.shared.PlausibleYear;

/**
 * A home visit as recorded at the kitchen table: who visited, who lives there (children
 * included) and who was present, plus the intake details. {@code householdVersion} is the
 * version the form was loaded with, so two visitors cannot overwrite each other.
 */
public record NewVisit(LocalDate date, Set<UUID> visitorIds, List<Member> members, Intake intake,
                       Integer householdVersion, Integer minutes) {

    public NewVisit(LocalDate date, Set<UUID> visitorIds, List<Member> members, Intake intake, Integer householdVersion) {
        this(date, visitorIds, members, intake, householdVersion, null);
    }

    public record Member(String name, @PlausibleYear Integer birthYear, Relation relation, boolean present) {
    }
}
