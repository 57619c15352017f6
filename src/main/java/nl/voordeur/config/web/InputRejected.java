package nl.voordeur.config.web;

import java.util.Optional;

import org.springframework.http.HttpStatus;

/**
 * A request refused for its form rather than its meaning: a body over the limit (413) or a NUL
 * character, which no text in the database can hold (400). {@code field} names the parameter, when
 * there is one. Carries no input, so it can be logged and shown.
 */
final class InputRejected extends RuntimeException {

    /** The request attribute under which the filter leaves the refusal for the error page. */
    static final String ATTRIBUTE = InputRejected.class.getName();

    private final HttpStatus status;
    private final String messageKey;
    private final String field;

    private InputRejected(HttpStatus status, String messageKey, String field) {
        super(messageKey + (field == null ? "" : " in " + field), null, false, false);
        this.status = status;
        this.messageKey = messageKey;
        this.field = field;
    }

    static InputRejected tooLarge() {
        return new InputRejected(HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge", null);
    }

    /** Parameters that cannot be decoded, such as a bad %-escape. */
    static InputRejected malformed() {
        return new InputRejected(HttpStatus.BAD_REQUEST, "error.invalid", null);
    }

    static InputRejected nul(String field) {
        return new InputRejected(HttpStatus.BAD_REQUEST, "error.nul", field);
    }

    HttpStatus status() { return status; }

    String messageKey() { return messageKey; }

    String field() { return field; }

    /** The refusal behind an exception, however deeply a reader wrapped it. */
    static Optional<InputRejected> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InputRejected rejected) return Optional.of(rejected);
        }
        return Optional.empty();
    }
}
