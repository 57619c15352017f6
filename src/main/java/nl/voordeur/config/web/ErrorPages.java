package nl.voordeur.config.web;

import java.util.Locale;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page ({@code /error}) for every failure that did not pass through a controller: a
 * refusal by {@link RequestInputFilter}, an error the servlet container sends itself, or an
 * exception from a filter. Answers as {@link ErrorAdvice} does (problem details when the original
 * request was under {@code /api/}), in place of Spring Boot's default error controller.
 */
@Controller
class ErrorPages implements ErrorController {

    private final ErrorAnswers answers;

    ErrorPages(ErrorAnswers answers) {
        this.answers = answers;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getAttribute(InputRejected.ATTRIBUTE) instanceof InputRejected rejected) {
            return answers.refused(path, rejected, locale);
        }
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        var rejected = InputRejected.in(failure);
        if (rejected.isPresent()) return answers.refused(path, rejected.get(), locale);
        HttpStatusCode status = HttpStatusCode.valueOf(
                request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code && code >= 400 ? code : 500);
        if (status.is5xxServerError()) FailureLog.unexpected(request.getMethod(), path, failure);
        return answers.answer(path, status, HttpHeaders.EMPTY, ErrorAnswers.messageKey(status), null, locale);
    }
}
