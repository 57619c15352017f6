package nl.voordeur.config.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * How every failure is answered, whoever noticed it (a controller advice or the error page):
 * RFC 9457 problem details for a request under {@code /api/}, the friendly error page in the
 * user's language for everything else. The detail is a message from the bundles, never the
 * exception's text, so no input and no personal data is echoed back.
 */
@Component
class ErrorAnswers {

    private final MessageSource messages;
    private final JsonMapper json;

    ErrorAnswers(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    record FieldError(String field, String message) {
    }

    static boolean isApi(String path) {
        return path != null && path.startsWith("/api/");
    }

    Object answer(String path, HttpStatusCode status, HttpHeaders headers, String detail, List<FieldError> errors) {
        if (isApi(path)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("about:blank"));
            instance(path).ifPresent(problem::setInstance);
            if (!errors.isEmpty()) problem.setProperty("errors", errors);
            // Written as bytes with a Content-Length, whatever the request accepts: a client whose body was
            // refused unread still gets the whole answer before Tomcat closes the connection.
            return ResponseEntity.status(status).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsBytes(problem));
        }
        return new ModelAndView("error", Map.of("status", status.value(), "detail", detail), status);
    }

    private static Optional<URI> instance(String path) {
        try {
            return Optional.of(new URI(null, null, path, null));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** An answer whose detail is the message of this key, naming the field when there is one. */
    Object answer(String path, HttpStatusCode status, HttpHeaders headers, String messageKey, String field, Locale locale) {
        String detail = text(messageKey, locale);
        return answer(path, status, headers, detail, field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    Object refused(String path, InputRejected rejected, Locale locale) {
        return answer(path, rejected.status(), HttpHeaders.EMPTY, rejected.messageKey(), rejected.field(), locale);
    }

    /** The message for a status that has no more specific one. */
    static String messageKey(HttpStatusCode status) {
        return switch (status.value()) {
            case 401 -> "login.failed";
            case 403 -> "error.forbidden";
            case 404 -> "error.notFound";
            case 405 -> "error.methodNotAllowed";
            case 406 -> "error.notAcceptable";
            case 409 -> "error.conflict";
            case 413 -> "error.tooLarge";
            case 415 -> "error.mediaType";
            default -> status.is4xxClientError() ? "error.invalid" : "error.generic";
        };
    }

    String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String text(MessageSourceResolvable resolvable, Locale locale) {
        return messages.getMessage(resolvable, locale);
    }
}
