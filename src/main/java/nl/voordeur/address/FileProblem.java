package nl.voordeur.address;

import java.util.List;

/** A reason to reject the whole file; {@code messageKey} refers to {@code i18n/address*.properties}. */
record FileProblem(String messageKey, List<Object> args) {

    FileProblem {
        args = List.copyOf(args);
    }

    static FileProblem of(String messageKey, Object... args) {
        return new FileProblem(messageKey, List.of(args));
    }
}
