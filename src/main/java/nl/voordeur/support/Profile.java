package nl.voordeur.support;

/**
 * A visited household's help-question profile, derived from its questions and signals (never
 * typed in): none, questions in exactly one life domain, or in two or more.
 */
public enum Profile {
    NONE, SINGLE, MULTIPLE;

    public static Profile ofDomainCount(long domains) {
        return domains == 0 ? NONE : domains == 1 ? SINGLE : MULTIPLE;
    }
}
