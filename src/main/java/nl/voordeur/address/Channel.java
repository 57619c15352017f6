package nl.voordeur.address;

public enum Channel {
    DOOR, PHONE, LETTER, CARD, OTHER
}
