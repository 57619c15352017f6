package nl.voordeur.household.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.UUID;

import org.springframework.core.ResolvableType;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.DataBinder;

import nl.voordeur.household.Intake;
import nl.voordeur.household.LifeDomain;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.QuestionKind;
import nl.voordeur.household.Relation;
import nl.voordeur.household.Urgency;
import nl.voordeur.household.VisitQuestion;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * The visit form: the members as rows (it starts with one; the visitor adds more with one tap, and
 * a row left wholly empty is ignored), the intake details, and the help questions raised at the
 * visit as rows too (one per question: member, life domain, kind, text, urgency), as the API takes them.
 */
record VisitForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, Set<UUID> visitorIds,
                 List<MemberRow> members, String willingToVolunteer, String volunteerNote, boolean interpreterNeeded,
                 String interpreterLanguage, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate revisitDate,
                 String maintenanceRemark, String housingWish, Integer householdVersion, Integer minutes,
                 List<QuestionRow> helpQuestions) {

    /** The most member rows one form carries (a household larger than this is rare and can be added to later). */
    static final int MAX_ROWS = 30;

    record MemberRow(String name, Integer birthYear, Relation relation, boolean present) {
        /** Nothing typed or chosen: the row does not count (a row with only a relation does, and asks for a name). */
        boolean blank() {
            return (name == null || name.isBlank()) && birthYear == null && relation == null;
        }
    }

    /**
     * A help question raised at the visit, for the member in row {@code memberIndex} (from 0). A row
     * without a domain, a kind or a text is left out (the member and urgency always have a choice).
     */
    record QuestionRow(Integer memberIndex, LifeDomain domain, QuestionKind kind, String description, Urgency urgency) {
        boolean blank() {
            return domain == null && kind == null && (description == null || description.isBlank());
        }
    }

    static VisitForm empty(LocalDate today, Integer householdVersion) {
        return new VisitForm(today, Set.of(), padded(List.of()), null, null, false, null, null, null, null,
                householdVersion, null, List.of());
    }

    /** The same form with one more, empty member row (not ticked present: the visitor says who is there). */
    VisitForm withOneMoreRow() {
        List<MemberRow> rows = new ArrayList<>(members == null ? List.of() : members);
        if (rows.size() < MAX_ROWS) rows.add(new MemberRow("", null, null, false));
        return new VisitForm(date, visitorIds, rows, willingToVolunteer, volunteerNote, interpreterNeeded,
                interpreterLanguage, revisitDate, maintenanceRemark, housingWish, householdVersion, minutes, questions());
    }

    /** The same form (with at least one member row) and one more, empty help-question row, for the first member. */
    VisitForm withOneMoreQuestion() {
        List<QuestionRow> rows = new ArrayList<>(questions());
        if (rows.size() < MAX_ROWS) rows.add(new QuestionRow(0, null, null, "", Urgency.NORMAL));
        return new VisitForm(date, visitorIds, padded(members == null ? List.of() : members), willingToVolunteer,
                volunteerNote, interpreterNeeded, interpreterLanguage, revisitDate, maintenanceRemark, housingWish,
                householdVersion, minutes, rows);
    }

    /** The form as typed, with at least one member row to fill in. */
    VisitForm withRows() {
        return new VisitForm(date, visitorIds, padded(members == null ? List.of() : members), willingToVolunteer,
                volunteerNote, interpreterNeeded, interpreterLanguage, revisitDate, maintenanceRemark, housingWish,
                householdVersion, minutes, questions());
    }

    /** The help-question rows as typed (none is empty: a form without them has none). */
    List<QuestionRow> questions() {
        return helpQuestions == null ? List.of()
                : helpQuestions.stream().filter(Objects::nonNull).limit(MAX_ROWS).toList();
    }

    /** Converts the fields as a page request does (dates by their {@code @DateTimeFormat}, enums, numbers). */
    private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

    /**
     * Rebuilds the form from a saved draft (the form fields as the browser sent them) with Spring's
     * data binder, as the page request binds it; the visitors are chosen again and the version is
     * the household's now. A draft whose fields no longer bind (a value that cannot be what its field
     * is) starts an empty form instead.
     */
    static VisitForm fromDraft(MultiValueMap<String, String> f, Integer householdVersion) {
        DataBinder binder = new DataBinder(null, "form");
        binder.setTargetType(ResolvableType.forClass(VisitForm.class));
        binder.setConversionService(CONVERSIONS);
        binder.construct(new DataBinder.ValueResolver() {
            @Override
            public Object resolveValue(String name, Class<?> type) {
                List<String> values = f.get(name);
                // a checkbox left unticked is not sent at all
                if (values == null || values.isEmpty()) return type == boolean.class ? Boolean.FALSE : null;
                return values.size() == 1 ? values.getFirst() : values.toArray(String[]::new);
            }

            @Override
            public Set<String> getNames() {
                return f.keySet();
            }
        });
        if (!(binder.getTarget() instanceof VisitForm d) || binder.getBindingResult().hasErrors()) return null;
        return new VisitForm(d.date(), Set.of(), padded(d.members() == null ? List.of() : d.members()),
                d.willingToVolunteer(), d.volunteerNote(), d.interpreterNeeded(), d.interpreterLanguage(), d.revisitDate(),
                d.maintenanceRemark(), d.housingWish(), householdVersion, d.minutes(), d.questions());
    }

    NewVisit toCommand() {
        List<NewVisit.Member> filled = (members == null ? List.<MemberRow>of() : members).stream()
                .filter(m -> m != null && !m.blank())
                .limit(MAX_ROWS)
                .map(m -> new NewVisit.Member(m.name(), m.birthYear(), m.relation(), m.present())).toList();
        Boolean willing = willingToVolunteer == null || willingToVolunteer.isBlank() ? null : "yes".equals(willingToVolunteer);
        // the member rows left out before a question's member move its index with them
        List<MemberRow> rows = memberRows();
        List<VisitQuestion> asked = questions().stream().filter(q -> !q.blank())
                .map(q -> new VisitQuestion(filledIndex(rows, q.memberIndex()), null, q.domain(), q.kind(), q.description(),
                        q.urgency()))
                .toList();
        return new NewVisit(date, visitorIds, filled, new Intake(willing, volunteerNote, interpreterNeeded,
                interpreterLanguage, revisitDate, maintenanceRemark, housingWish), householdVersion, minutes, asked);
    }

    /** The member rows as shown again (the rows the browser sent, in order, without gaps). */
    private List<MemberRow> memberRows() {
        return members == null ? List.of() : members.stream().filter(Objects::nonNull).limit(MAX_ROWS).toList();
    }

    /**
     * A broken rule of the command as the form shows it. The command carries only the rows that
     * were filled in, so "members[1]" of the command is the second filled member row, which may be
     * the form's third row (likewise "helpQuestions[1]"): the rule is named by the form's row, and a
     * member's number in its message ("lid 2") is the row's number on the page.
     */
    DomainRuleViolated onTheForm(DomainRuleViolated rule) {
        if (rule.field() == null) return rule;
        Matcher m = ROW_FIELD.matcher(rule.field());
        if (!m.lookingAt()) return rule;
        int carried = Integer.parseInt(m.group(2));
        List<Boolean> filled = "members".equals(m.group(1))
                ? memberRows().stream().map(r -> !r.blank()).toList()
                : questions().stream().map(q -> !q.blank()).toList();
        int row = -1;
        for (int i = 0, seen = -1; i < filled.size() && row < 0; i++) if (filled.get(i) && ++seen == carried) row = i;
        if (row < 0 || row == carried) return rule;
        Object[] arguments = rule.arguments().clone();
        if (arguments.length > 0 && Integer.valueOf(carried + 1).equals(arguments[0])) arguments[0] = row + 1;
        return new DomainRuleViolated(rule.messageKey(), m.group(1) + "[" + row + "]" + rule.field().substring(m.end()),
                arguments);
    }

    private static final Pattern ROW_FIELD = Pattern.compile("(members|helpQuestions)\\[(\\d+)]");

    /** The index among the filled member rows of the row at {@code row}; -1 (unknown) for none or an empty row. */
    private static int filledIndex(List<MemberRow> rows, Integer row) {
        if (row == null || row < 0 || row >= rows.size() || rows.get(row) == null || rows.get(row).blank()) return -1;
        int index = 0;
        for (int i = 0; i < row; i++) if (rows.get(i) != null && !rows.get(i).blank()) index++;
        return index;
    }

    static List<MemberRow> padded(List<MemberRow> rows) {
        List<MemberRow> all = new ArrayList<>(rows.stream().filter(Objects::nonNull).limit(MAX_ROWS).toList());
        if (all.isEmpty()) all.add(new MemberRow("", null, null, true));
        return all;
    }
}
