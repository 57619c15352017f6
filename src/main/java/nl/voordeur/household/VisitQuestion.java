package nl.voordeur.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A help question, signal or opportunity raised during a visit, for one of that visit's members:
 * {@code memberIndex} counts from 0 in the visit's members; without it, {@code personName} names
 * the member as written in the visit (case does not matter). No household has a hundred members.
 */
public record VisitQuestion(@Min(0) @Max(99) Integer memberIndex, String personName, LifeDomain domain,
                            QuestionKind kind, String description, Urgency urgency) {
}
