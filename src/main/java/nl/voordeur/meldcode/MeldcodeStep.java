package nl.voordeur.meldcode;

/** The five steps of the meldcode, in the order they must be taken. */
public enum MeldcodeStep {
    SIGNALS_MAPPED, CONSULTED, DISCUSSED, WEIGHED, DECIDED;

    /** The step's number as the meldcode counts them: 1 to 5. */
    public int number() {
        return ordinal() + 1;
    }
}
