package nl.voordeur.config.backup;

/**
 * A backup or restore that cannot go on, with a message for the operator who ran it: what is
 * wrong and what to do. It never carries personal data.
 */
public class BackupRefused extends RuntimeException {

    public BackupRefused(String message) {
        super(message);
    }

    public BackupRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
