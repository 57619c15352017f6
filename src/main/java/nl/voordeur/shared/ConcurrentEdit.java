package nl.voordeur.shared;

/** Somebody else saved the same record since it was read: nothing was overwritten. */
public class ConcurrentEdit extends RuntimeException {
    public ConcurrentEdit(String recordType) {
        super(recordType + " was changed by someone else");
    }
}
