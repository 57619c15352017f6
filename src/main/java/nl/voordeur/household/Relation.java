package nl.voordeur.household;

/** How a member relates to the household. */
public enum Relation {
    MAIN_RESIDENT, PARTNER, CHILD, PARENT, OTHER_FAMILY, HOUSEMATE, OTHER
}
