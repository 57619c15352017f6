package nl.voordeur.meldcode;

/** OPEN until step 5 records a decision, then CLOSED. */
public enum MeldcodeStatus {
    OPEN, CLOSED
}
