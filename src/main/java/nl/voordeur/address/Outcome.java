package nl.voordeur.address;

/** What a contact attempt achieved (product.md). */
public enum Outcome {
    NOT_HOME, APPOINTMENT_MADE, DOORSTEP_CONTACT, REFUSED, MOVED, VACANT, NOT_RESIDENTIAL;

    /** Moved, vacant and not residential say something about the dwelling, not about a conversation. */
    public boolean excludesDwelling() {
        return this == MOVED || this == VACANT || this == NOT_RESIDENTIAL;
    }

    /** Someone was reached: an appointment, a doorstep conversation, or a refusal (product.md "contacted"). */
    public boolean isContact() {
        return this == APPOINTMENT_MADE || this == DOORSTEP_CONTACT || this == REFUSED;
    }

    AddressStatus status() {
        return AddressStatus.valueOf(name());
    }
}
