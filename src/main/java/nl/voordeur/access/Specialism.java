package nl.voordeur.access;

/** The specialism of a SPECIALIST: voorzieningenchecker, werkmakelaar, kansenmakelaar. */
public enum Specialism {
    BENEFITS_CHECKER, JOB_BROKER, OPPORTUNITY_BROKER
}
