package nl.voordeur.access;

/** What a user does in a programme (product.md). */
public enum Role {
    ADMIN, COORDINATOR, VISITOR, CASE_MANAGER, SPECIALIST, PARTNER, SAFETY_OFFICER, PRIVACY_OFFICER, COUNCIL
}
