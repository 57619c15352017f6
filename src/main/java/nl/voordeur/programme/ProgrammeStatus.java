package nl.voordeur.programme;

public enum ProgrammeStatus {
    IN_PREPARATION, RUNNING, CLOSED
}
