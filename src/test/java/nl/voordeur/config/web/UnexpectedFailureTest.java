package nl.voordeur.config.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.RequestDispatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An exception nobody expected (there is no request that causes one on purpose) is a 500 with
 * problem details under /api/, the friendly page elsewhere, and a log line without its message.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnexpectedFailureTest {

    static final String PERSONAL = "Fatima Yilmaz, Spoorstraat 2";
    static final JsonMapper JSON = JsonMapper.builder().build();

    final ErrorAnswers answers = new ErrorAnswers(messages(), JSON);

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages");
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    static JsonNode body(Object answer) {
        assertThat(answer).isInstanceOf(ResponseEntity.class);
        var entity = (ResponseEntity<?>) answer;
        assertThat(entity.getHeaders().getContentType()).hasToString("application/problem+json");
        return JSON.readTree((byte[]) entity.getBody());
    }

    @Test
    void anUnexpectedExceptionInAnApiCallIsA500ProblemLoggedWithoutItsMessage(CapturedOutput log) {
        var advice = new ErrorAdvice(answers, null);
        var request = new MockHttpServletRequest("POST", "/api/v1/cases/5c0ffee0-0000-4000-8000-000000000001/goals");
        Object answer = advice.other(new IllegalStateException(PERSONAL, new java.sql.SQLException(PERSONAL, "22021")),
                request, Locale.of("nl"));

        assertThat(((ResponseEntity<?>) answer).getStatusCode().value()).isEqualTo(500);
        JsonNode problem = body(answer);
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("title").asString()).isEqualTo("Internal Server Error");
        assertThat(problem.get("detail").asString()).startsWith("Er ging iets mis.");
        assertThat(problem.toString()).doesNotContain("Yilmaz");
        assertThat(log.getOut()).contains("java.lang.IllegalStateException").contains("SQLState 22021")
                .doesNotContain("Yilmaz");
    }

    @Test
    void anUnexpectedExceptionOnAPageIsTheFriendlyPage(CapturedOutput log) {
        var advice = new ErrorAdvice(answers, null);
        Object answer = advice.other(new IllegalStateException(PERSONAL), new MockHttpServletRequest("GET", "/households"),
                Locale.of("nl"));
        assertThat(answer).isInstanceOf(ModelAndView.class);
        var page = (ModelAndView) answer;
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getStatus().value()).isEqualTo(500);
        assertThat(log.getOut()).doesNotContain("Yilmaz");
    }

    @Test
    void theErrorPageAnswersAFailureOutsideTheControllersOfAnApiCallWithProblemDetails(CapturedOutput log) {
        var request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/households");
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
        request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException(PERSONAL));
        JsonNode problem = body(new ErrorPages(answers).error(request, Locale.ENGLISH));
        assertThat(problem.get("status").asInt()).isEqualTo(500);
        assertThat(problem.get("detail").asString()).startsWith("Something went wrong.");
        assertThat(problem.get("instance").asString()).isEqualTo("/api/v1/households");
        assertThat(log.getOut()).contains("IllegalStateException").doesNotContain("Yilmaz");
    }
}
