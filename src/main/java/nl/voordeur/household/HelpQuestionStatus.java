package nl.voordeur.household;

public enum HelpQuestionStatus {
    REGISTERED, TRIAGED, CLOSED
}
