package nl.voordeur.support;

/** How a help question ended (product.md). */
public enum Outcome {
    RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED, RESIDENT_DECLINED, MOVED, UNREACHABLE
}
