package nl.voordeur.audit;

import java.util.List;

/**
 * Where signed audit checkpoints are kept, outside the database: append-only lines. The default
 * is {@link CheckpointDirectory}; an installation may provide another bean of this type, e.g.
 * object storage with a retention lock (WORM), so that the database's administrator cannot
 * rewrite it either.
 */
public interface CheckpointStore {

    /** Appends one line; it is durable when this returns. */
    void append(String line);

    /** At most {@code count} of the newest complete lines, oldest first. */
    List<String> newest(int count);

    /** Where the lines are kept, for the log (no secret in it). */
    String describe();
}
