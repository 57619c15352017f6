package nl.voordeur.access;

/** The kinds of organisation that take part in a programme (product.md). */
public enum OrganisationKind {
    MUNICIPALITY, HOUSING_CORPORATION, WELFARE, POLICE, PUBLIC_HEALTH, MENTAL_HEALTH, YOUTH_CARE,
    SOCIAL_WORK, DEBT_SERVICES, OTHER
}
