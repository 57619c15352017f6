package nl.voordeur.household;

/**
 * A visited household's help-question profile, derived from its questions and signals (never
 * typed in): none, questions in exactly one life domain, or in two or more.
 */
public enum Profile {
    NONE, SINGLE, MULTIPLE;

    public static Profile ofDomainCount(long domains) {
        return domains == 0 ? NONE : domains == 1 ? SINGLE : MULTIPLE;
    }

    /** The profile of the questions a viewer sees (a domain they may not see does not count: it would give it away). */
    public static Profile of(java.util.List<HelpQuestionView> shown) {
        return ofDomainCount(shown.stream().filter(q -> q.kind() != QuestionKind.OPPORTUNITY)
                .map(HelpQuestionView::domain).distinct().count());
    }
}
