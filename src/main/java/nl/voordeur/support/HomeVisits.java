package nl.voordeur.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.voordeur.household.HouseholdAccess;
import nl.voordeur.household.Households;
import nl.voordeur.household.NewVisit;
import nl.voordeur.household.VisitRecorded;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * A home visit with the help questions raised at it, as one unit of work: the visit as
 * {@link Households#recordVisit} records it, then the questions for its members with one access
 * check on the household's file, one batch of rows, one audit batch and an event per question.
 * One transaction: the visit's own rules are checked first, and a question that breaks a rule
 * afterwards rolls the visit back with it, so nothing is half-saved.
 */
@Service
@Transactional
public class HomeVisits {

    private final Households households;
    private final HouseholdAccess access;
    private final QuestionRegistration registration;

    HomeVisits(Households households, HouseholdAccess access, QuestionRegistration registration) {
        this.households = households;
        this.access = access;
        this.registration = registration;
    }

    /** The visit and its questions in the order given, each with the person it is for. */
    public record Recorded(VisitRecorded visit, List<Question> helpQuestions) {
    }

    public record Question(UUID id, UUID personId) {
    }

    public Recorded record(UUID addressId, NewVisit visit, List<VisitQuestion> questions) {
        VisitRecorded recorded = households.recordVisit(addressId, visit);
        List<VisitQuestion> asked = questions == null ? List.of() : questions;
        if (asked.isEmpty()) return new Recorded(recorded, List.of());
        var household = access.requireFile(recorded.householdId());
        List<NewHelpQuestion> resolved = new ArrayList<>(asked.size());
        for (int i = 0; i < asked.size(); i++) {
            VisitQuestion q = asked.get(i);
            int member = validate(q, visit.members(), "helpQuestions[" + i + "].");
            resolved.add(new NewHelpQuestion(recorded.members().get(member).id(), q.domain(), q.kind(), q.description(),
                    q.urgency()));
        }
        List<UUID> ids = registration.insert(household, resolved);
        List<Question> registered = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) registered.add(new Question(ids.get(i), resolved.get(i).personId()));
        return new Recorded(recorded, registered);
    }

    /** Checks the question against the rules and the visit's members; returns the index of its member. */
    private static int validate(VisitQuestion q, List<NewVisit.Member> members, String field) {
        if (q == null) throw new DomainRuleViolated("helpQuestion.member.unknown", field.substring(0, field.length() - 1));
        int member = member(q, members == null ? List.of() : members, field);
        QuestionRegistration.validate(new NewHelpQuestion(null, q.domain(), q.kind(), q.description(), q.urgency()), field);
        return member;
    }

    private static int member(VisitQuestion q, List<NewVisit.Member> members, String field) {
        if (q.memberIndex() != null) {
            if (q.memberIndex() < 0 || q.memberIndex() >= members.size()) {
                throw new DomainRuleViolated("helpQuestion.member.unknown", field + "memberIndex");
            }
            return q.memberIndex();
        }
        if (q.personName() == null || q.personName().isBlank()) {
            throw new DomainRuleViolated("helpQuestion.member.unknown", field + "personName");
        }
        String name = q.personName().strip().toLowerCase(Locale.ROOT);
        int found = -1;
        for (int i = 0; i < members.size(); i++) {
            String given = members.get(i) == null ? null : members.get(i).name();
            if (given == null || !given.strip().toLowerCase(Locale.ROOT).equals(name)) continue;
            if (found >= 0) throw new DomainRuleViolated("helpQuestion.member.ambiguous", field + "personName");
            found = i;
        }
        if (found < 0) throw new DomainRuleViolated("helpQuestion.member.unknown", field + "personName");
        return found;
    }
}
