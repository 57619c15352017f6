package nl.voordeur.audit;

/** What happened to the record (NEN 7513 event kinds). */
public enum AuditAction {
    CREATE, READ, UPDATE, DELETE, LIST, SEARCH, EXPORT, PRINT,
    LOGIN, LOGIN_FAILED, LOGOUT, TOKEN_ISSUED, ACCESS_DENIED, BREAK_GLASS,
    /** Personal data removed from a record that stays for the counts (retention). */
    ANONYMISE
}
