package nl.voordeur.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.voordeur.shared.PlausibleYear;

/**
 * A home visit as recorded at the kitchen table: who visited, who lives there (children
 * included) and who was present, plus the intake details and the help questions raised at it
 * (each for one of the visit's members). {@code householdVersion} is the version the form was
 * loaded with, so two visitors cannot overwrite each other.
 */
public record NewVisit(LocalDate date, Set<UUID> visitorIds, List<Member> members, Intake intake,
                       Integer householdVersion, Integer minutes, List<VisitQuestion> helpQuestions) {

    public NewVisit {
        // a list that may hold nulls (a JSON body's [null] is refused per question, naming it)
        helpQuestions = helpQuestions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(helpQuestions));
    }

    public NewVisit(LocalDate date, Set<UUID> visitorIds, List<Member> members, Intake intake, Integer householdVersion,
                    Integer minutes) {
        this(date, visitorIds, members, intake, householdVersion, minutes, List.of());
    }

    public NewVisit(LocalDate date, Set<UUID> visitorIds, List<Member> members, Intake intake, Integer householdVersion) {
        this(date, visitorIds, members, intake, householdVersion, null, List.of());
    }

    /** The same visit with these help questions. */
    public NewVisit withQuestions(List<VisitQuestion> questions) {
        return new NewVisit(date, visitorIds, members, intake, householdVersion, minutes, questions);
    }

    public record Member(String name, @PlausibleYear Integer birthYear, Relation relation, boolean present) {
    }
}
