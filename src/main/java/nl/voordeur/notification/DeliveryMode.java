package nl.voordeur.notification;

/** Each notification at once, or one e-mail a day with all of them. */
public enum DeliveryMode {
    IMMEDIATE, DAILY_DIGEST
}
