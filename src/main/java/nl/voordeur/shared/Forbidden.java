package nl.voordeur.shared;

/** The caller is known but may not perform this operation. */
public class Forbidden extends RuntimeException {
    public Forbidden(String what) {
        super(what);
    }
}
