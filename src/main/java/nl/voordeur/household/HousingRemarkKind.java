package nl.voordeur.household;

public enum HousingRemarkKind {
    MAINTENANCE, HOUSING_WISH
}
