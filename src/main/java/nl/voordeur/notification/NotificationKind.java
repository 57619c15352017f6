package nl.voordeur.notification;

/** What happened; each kind has its Dutch subject and text in messages.properties ({@code notification.<kind>.*}). */
public enum NotificationKind {
    REFERRAL_ARRIVED, REFERRAL_OVERDUE, REFERRAL_ANSWERED, BREAK_GLASS
}
