package nl.voordeur.privacy;

/** How consent was given, or LEGAL_BASIS when a recorded legal basis takes the place of consent. */
public enum ConsentMethod {
    VERBAL, WRITTEN, LEGAL_BASIS
}
