package nl.voordeur.privacy;

/** Why data are shared. */
public enum Purpose {
    REFERRAL, CASE_COORDINATION, HOUSING
}
