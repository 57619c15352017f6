package nl.voordeur.meldcode;

/**
 * What step 5 decides. NO_CONCERN closes the record when weighing found no unsafety (the
 * suspicion was not confirmed); it is recorded like any other decision.
 */
public enum Decision {
    ORGANISE_HELP(false), REPORT_TO_VEILIG_THUIS(true), BOTH(true), NO_CONCERN(false);

    private final boolean reports;

    Decision(boolean reports) {
        this.reports = reports;
    }

    public boolean reportsToVeiligThuis() {
        return reports;
    }
}
