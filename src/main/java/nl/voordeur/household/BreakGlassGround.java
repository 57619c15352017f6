package nl.voordeur.household;

/** Why a file is opened in an emergency: one of these grounds, always with a written reason. */
public enum BreakGlassGround {
    /** Acute danger to someone in the household: domestic violence, child abuse, threat. */
    ACUTE_UNSAFETY,
    /** A medical or psychological emergency. */
    HEALTH_EMERGENCY,
    /** An urgent question while the household's case manager cannot be reached. */
    CASE_MANAGER_UNREACHABLE,
    /** A crisis that arises during a visit at the door. */
    CRISIS_DURING_VISIT,
    /** Another emergency, named in the reason. */
    OTHER
}
