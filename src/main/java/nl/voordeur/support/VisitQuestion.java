package nl.voordeur.support;

import nl.voordeur.household.LifeDomain;

/**
 * A help question, signal or opportunity raised during a visit, for one of that visit's members:
 * {@code memberIndex} counts from 0 in the visit's members; without it, {@code personName} names
 * the member as written in the visit (case does not matter).
 */
public record VisitQuestion(Integer memberIndex, String personName, LifeDomain domain, QuestionKind kind,
                            String description, Urgency urgency) {
}
