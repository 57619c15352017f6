package nl.voordeur.address;

/**
 * What the coordinator explicitly chose for an import that is otherwise refused as a whole.
 *
 * @param onlyValid      import the valid rows of a file that has rejected rows
 * @param confirmRemoval take the addresses the preview named out of scope, visited ones included
 */
public record ImportChoice(boolean onlyValid, boolean confirmRemoval) {

    /** No choice made: a file with rejected rows, or a large or visited removal, changes nothing. */
    public static final ImportChoice NONE = new ImportChoice(false, false);
}
