package nl.voordeur.config.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import jakarta.servlet.http.HttpServletRequest;
import nl.voordeur.audit.AuditAction;
import nl.voordeur.audit.AuditLog;
import nl.voordeur.audit.AuditRecord;
import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.NotFound;

/**
 * Turns failures into answers: RFC 9457 problem details for {@code /api/**}, a friendly
 * page in the user's language for everything else. Never shows a stack trace or personal data.
 */
@ControllerAdvice
class ErrorAdvice {


    private final MessageSource messages;
    private final AuditLog auditLog;

    ErrorAdvice(MessageSource messages, AuditLog auditLog) {
        this.messages = messages;
        this.auditLog = auditLog;
    }

    private static final java.util.regex.Pattern ID =
            java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    /**
     * Missing and hidden records get the same answer, and both are logged as a refused access to
     * the record named last in the path: a replayed id of someone else's file leaves a trace.
     */
    @ExceptionHandler(NotFound.class)
    Object notFound(HttpServletRequest request, Locale locale) {
        if (!nl.voordeur.audit.RequestAuditMarks.denialLogged()) {
            java.util.regex.Matcher ids = ID.matcher(request.getRequestURI());
            String recordId = null;
            while (ids.find()) recordId = ids.group();
            auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "Request", recordId)
                    .withDetails(request.getMethod() + " " + request.getRequestURI()).refused());
        }
        return answer(request, HttpStatus.NOT_FOUND, text("error.notFound", locale), List.of());
    }

    @ExceptionHandler({Forbidden.class, AccessDeniedException.class, AuthorizationDeniedException.class})
    Object forbidden(HttpServletRequest request, Locale locale) {
        auditLog.record(AuditRecord.of(AuditAction.ACCESS_DENIED, "Request", null)
                .withDetails(request.getMethod() + " " + request.getRequestURI()).refused());
        return answer(request, HttpStatus.FORBIDDEN, text("error.forbidden", locale), List.of());
    }

    @ExceptionHandler(AuthenticationException.class)
    Object unauthenticated(AuthenticationException e, HttpServletRequest request, Locale locale) {
        boolean throttled = e.getClass().getSimpleName().equals("LoginThrottled");
        HttpStatus status = throttled ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNAUTHORIZED;
        return answer(request, status, text(throttled ? "login.throttled" : "login.failed", locale), List.of());
    }

    @ExceptionHandler(ConcurrentEdit.class)
    Object conflict(HttpServletRequest request, Locale locale) {
        return answer(request, HttpStatus.CONFLICT, text("error.conflict", locale), List.of());
    }

    @ExceptionHandler(DomainRuleViolated.class)
    Object ruleViolated(DomainRuleViolated e, HttpServletRequest request, Locale locale) {
        String message = messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale);
        return answer(request, HttpStatus.UNPROCESSABLE_CONTENT, message,
                e.field() == null ? List.of() : List.of(new FieldError(e.field(), message)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    Object invalid(MethodArgumentNotValidException e, HttpServletRequest request, Locale locale) {
        List<FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldError(f.getField(), messages.getMessage(f, locale))).toList();
        return answer(request, HttpStatus.BAD_REQUEST, text("error.invalid", locale), errors);
    }

    @ExceptionHandler({HandlerMethodValidationException.class, HttpMessageNotReadableException.class,
            MethodArgumentTypeMismatchException.class, IllegalArgumentException.class})
    Object unreadable(Exception e, HttpServletRequest request, Locale locale) {
        String message = text("error.invalid", locale);
        String field = e.getCause() instanceof tools.jackson.core.JacksonException json ? field(json) : null;
        return answer(request, HttpStatus.BAD_REQUEST, message, field == null ? List.of() : List.of(new FieldError(field, message)));
    }

    /** Where in the body an unreadable value sits, as Bean Validation names it: {@code helpQuestions[3].domain}. */
    static String field(tools.jackson.core.JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (var step : e.getPath()) {
            if (step.getPropertyName() != null) path.append(path.isEmpty() ? "" : ".").append(step.getPropertyName());
            else if (step.getIndex() >= 0) path.append('[').append(step.getIndex()).append(']');
        }
        return path.isEmpty() ? null : path.toString();
    }

    record FieldError(String field, String message) {
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String detail, List<FieldError> errors) {
        if (request.getRequestURI().startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setType(URI.create("about:blank"));
            if (!errors.isEmpty()) problem.setProperty("errors", errors);
            return ResponseEntity.status(status).body(problem);
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status.value(), "detail", detail), status);
        return page;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
