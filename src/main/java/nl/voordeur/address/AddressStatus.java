package nl.voordeur.address;

/** Where an address stands in the outreach (product.md). */
public enum AddressStatus {
    IN_SCOPE, ANNOUNCED, NOT_HOME, APPOINTMENT_MADE, DOORSTEP_CONTACT, REFUSED, MOVED, VACANT, NOT_RESIDENTIAL,
    VISITED
}
