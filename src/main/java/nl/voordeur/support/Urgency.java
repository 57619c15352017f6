package nl.voordeur.support;

public enum Urgency {
    NORMAL, HIGH, ACUTE
}
