package nl.voordeur.support;

/**
 * Who takes a help question: the case manager with the resident, one of the specialisms
 * (voorzieningenchecker for money and entitlements, werkmakelaar for work, kansenmakelaar for
 * opportunities), or a partner organisation through a referral.
 */
public enum Handler {
    CASE_MANAGER, BENEFITS_CHECKER, JOB_BROKER, OPPORTUNITY_BROKER, REFERRAL
}
