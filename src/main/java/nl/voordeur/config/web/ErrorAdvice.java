package nl.voordeur.config.web;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.audit.RequestAuditMarks;
import nl.voordeur.config.web.ErrorAnswers.FieldError;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;

import tools.jackson.core.JacksonException;

/**
 * Turns failures into answers ({@link ErrorAnswers}): RFC 9457 problem details for {@code /api/**},
 * a friendly page in the user's language for everything else. Every exception ends here, Spring
 * MVC's own (405, 406, 415, an unmapped 404, a missing parameter, ...) and unexpected ones (500,
 * logged without messages, see {@link FailureLog}). Never shows a stack trace or personal data.
 */
@ControllerAdvice
class ErrorAdvice {

    private final ErrorAnswers answers;
    private final AuditLog auditLog;

    ErrorAdvice(ErrorAnswers answers, AuditLog auditLog) {
        this.answers = answers;
        this.auditLog = auditLog;
    }

    private static final Pattern ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Missing and hidden records get the same answer, and both are logged as a refused access to
     * the record named last in the path: a replayed id of someone else's file leaves a trace.
     */
    @ExceptionHandler(NotFound.class)
    Object notFound(HttpServletRequest request, Locale locale) {
        if (!RequestAuditMarks.denialLogged()) {
            Matcher ids = ID.matcher(request.getRequestURI());
            String recordId = null;
            while (ids.find()) recordId = ids.group();
            auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "Request", recordId)
                    .withDetails(request.getMethod() + " " + request.getRequestURI()).refused());
        }
        return answer(request, HttpStatus.NOT_FOUND, "error.notFound", null, locale);
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    Object forbidden(HttpServletRequest request, Locale locale) {
        auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "Request", null)
                .withDetails(request.getMethod() + " " + request.getRequestURI()).refused());
        return answer(request, HttpStatus.FORBIDDEN, "error.forbidden", null, locale);
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request, Locale locale) {
        boolean throttled = e.getClass().getSimpleName().equals("LoginThrottled");
        return answer(request, throttled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED,
                throttled ? "login.throttled" : "login.failed", null, locale);
    }

    @ExceptionHandler(ConcurrentEdit.class)
    Object conflict(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.CONFLICT, "error.conflict", null, locale);
    }

    @ExceptionHandler(DomainRuleViolated.class)
    Object ruleViolated(DomainRuleViolated e, HttpServletRequest request, Locale locale) {
        String message = answers.text(e, locale);
        return answers.answer(request.getRequestURI(), HttpStatus.UNPROCESSABLE_CONTENT, HttpHeaders.EMPTY, message,
                e.all().stream().filter(v -> v.field() != null)
                        .map(v -> new FieldError(v.field(), answers.text(v, locale))).toList());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException e, HttpServletRequest request, Locale locale) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), answers.text(f, locale))).toList();
        return answers.answer(request.getRequestURI(), HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY,
                answers.text("error.invalid", locale), errors);
    }

    /** Constraints on parameters (e.g. {@code @PlausibleYear Integer year}): each parameter is named. */
    @ExceptionHandler(HandlerMethodValidationException.class)
    Object invalidParameters(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
        List<FieldError> errors = e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(error -> new FieldError(r.getMethodParameter().getParameterName(), answers.text(error, locale))))
                .toList();
        return answers.answer(request.getRequestURI(), HttpStatus.BAD_REQUEST, HttpHeaders.EMPTY,
                answers.text("error.invalid", locale), errors);
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class, IllegalArgumentException.class})
    Object unreadable(Exception e, HttpServletRequest request, Locale locale) {
        var rejected = InputRejected.in(e);
        if (rejected.isPresent()) return answers.refused(request.getRequestURI(), rejected.get(), locale);
        return answer(request, HttpStatus.BAD_REQUEST, "error.invalid", field(e), locale);
    }

    /** Everything else: Spring MVC's own refusals with their status and headers, or an unexpected 500. */
    @ExceptionHandler(Exception.class)
    Object other(Exception e, HttpServletRequest request, Locale locale) {
        if (e instanceof AsyncRequestNotUsableException) return null; // the client has gone: nobody to answer
        var rejected = InputRejected.in(e);
        if (rejected.isPresent()) return answers.refused(request.getRequestURI(), rejected.get(), locale);
        if (e instanceof ErrorResponse known && known.getStatusCode().is4xxClientError()) {
            return answers.answer(request.getRequestURI(), known.getStatusCode(), known.getHeaders(),
                    ErrorAnswers.messageKey(known.getStatusCode()), null, locale);
        }
        FailureLog.unexpected(request.getMethod(), request.getRequestURI(), e);
        HttpStatus status = e instanceof ErrorResponse known ? HttpStatus.valueOf(known.getStatusCode().value())
                : HttpStatus.INTERNAL_SERVER_ERROR;
        return answer(request, status, ErrorAnswers.messageKey(status), null, locale);
    }

    /** The input a failure is about: a request parameter by name, or a place in the JSON body. */
    private static String field(Exception e) {
        if (e instanceof MethodArgumentTypeMismatchException mismatch) return mismatch.getName();
        if (e instanceof MissingServletRequestParameterException missing) return missing.getParameterName();
        return e.getCause() instanceof JacksonException json ? field(json) : null;
    }

    /** Where in the body an unreadable value sits, as Bean Validation names it: {@code helpQuestions[3].domain}. */
    static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var step : e.getPath()) {
            if (step.getPropertyName() != null) path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            else if (step.getIndex() >= 0) path.append('[').append(step.getIndex()).append(']');
        }
        return path.isEmpty() ? null : path.toString();
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String messageKey, String field, Locale locale) {
        return answers.answer(request.getRequestURI(), status, HttpHeaders.EMPTY, messageKey, field, locale);
    }
}
