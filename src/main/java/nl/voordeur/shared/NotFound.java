package nl.voordeur.shared;

/**
 * A record does not exist, or the caller may not know that it exists.
 * Both cases look the same to the caller (404), so hidden records are never revealed.
 */
public class NotFound extends RuntimeException {
    public NotFound(String recordType) {
        super(recordType + " not found");
    }
}
