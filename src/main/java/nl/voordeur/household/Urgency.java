package nl.voordeur.household;

public enum Urgency {
    NORMAL, HIGH, ACUTE
}
