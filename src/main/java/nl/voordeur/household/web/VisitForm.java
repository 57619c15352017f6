package nl.voordeur.household.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.util.MultiValueMap;

import nl.voordeur.household.Intake;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.Relation;

/** The visit form: up to {@link #ROWS} members (blank rows are ignored) and the intake details. */
record VisitForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Set<UUID> visitorIds,
                 List<MemberRow> members, String willingToVolunteer, String volunteerNote, boolean interpreterNeeded,
                 String interpreterLanguage, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revisitDate,
                 String maintenanceRemark, String housingWish, Integer householdVersion, Integer minutes) {

    static final int ROWS = 8;

    record MemberRow(String name, Integer birthYear, Relation relation, boolean present) {
        boolean blank() {
            return name == null || name.isBlank();
        }
    }

    static VisitForm empty(LocalDate today, Integer householdVersion) {
        return new VisitForm(today, Set.of(), padded(List.of()), null, null, false, null, null, null, null,
                householdVersion, null);
    }

    /** Rebuilds the form from a saved draft (the form fields as the browser sent them). */
    static VisitForm fromDraft(MultiValueMap<String, String> f, Integer householdVersion) {
        List<MemberRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String p = "members[" + i + "].";
            rows.add(new MemberRow(f.getFirst(p + "name"), parseInt(f.getFirst(p + "birthYear")),
                    parseRelation(f.getFirst(p + "relation")), f.containsKey(p + "present")));
        }
        return new VisitForm(parseDate(f.getFirst("date")), Set.of(), rows, f.getFirst("willingToVolunteer"),
                f.getFirst("volunteerNote"), f.containsKey("interpreterNeeded"), f.getFirst("interpreterLanguage"),
                parseDate(f.getFirst("revisitDate")), f.getFirst("maintenanceRemark"), f.getFirst("housingWish"),
                householdVersion, parseInt(f.getFirst("minutes")));
    }

    NewVisit toCommand() {
        List<NewVisit.Member> filled = (members == null ? List.<MemberRow>of() : members).stream()
                .filter(m -> m != null && !m.blank())
                .map(m -> new NewVisit.Member(m.name(), m.birthYear(), m.relation(), m.present())).toList();
        Boolean willing = willingToVolunteer == null || willingToVolunteer.isBlank() ? null : "yes".equals(willingToVolunteer);
        return new NewVisit(date, visitorIds, filled, new Intake(willing, volunteerNote, interpreterNeeded,
                interpreterLanguage, revisitDate, maintenanceRemark, housingWish), householdVersion, minutes);
    }

    static List<MemberRow> padded(List<MemberRow> rows) {
        List<MemberRow> all = new ArrayList<>(rows);
        while (all.size() < ROWS) all.add(new MemberRow("", null, null, true));
        return all;
    }

    private static Integer parseInt(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Relation parseRelation(String value) {
        try {
            return value == null || value.isBlank() ? null : Relation.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
