package nl.voordeur.support;

public enum HelpQuestionStatus {
    REGISTERED, TRIAGED, CLOSED
}
