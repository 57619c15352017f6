package nl.voordeur.config.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * Errors Tomcat answers itself, before any filter or servlet runs: a URL with a character that is
 * not allowed, a bad %-escape, a NUL in the path. Under {@code /api/} they are answered with problem
 * details like every other error, and so is a request line too broken to have a path (no browser
 * sends one); elsewhere Tomcat's plain page stays, without report or server version. Replaces the
 * error report valve Spring Boot puts on the host, hence the late order.
 */
@Component
class ContainerErrors implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final JsonMapper json;
    private final MessageSource messages;

    ContainerErrors(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            var host = context.getParent().getPipeline();
            for (Valve valve : host.getValves()) {
                if (valve instanceof ErrorReportValve) host.removeValve(valve);
            }
            host.addValve(new ProblemReportValve(json, messages));
            if (context.getParent() instanceof StandardHost standard) {
                standard.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** Tomcat's error report, as RFC 9457 problem details for the API. */
    static final class ProblemReportValve extends ErrorReportValve {

        private final JsonMapper json;
        private final MessageSource messages;

        ProblemReportValve(JsonMapper json, MessageSource messages) {
            this.json = json;
            this.messages = messages;
            setShowReport(false);
            setShowServerInfo(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            String path = request.getRequestURI();
            if (path != null && !ErrorAnswers.isApi(path)) {
                super.report(request, response, failure);
                return;
            }
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) return;
            AtomicBoolean ioAllowed = new AtomicBoolean();
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) return;
            HttpStatus known = HttpStatus.resolve(status);
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "about:blank");
            problem.put("title", known == null ? "Error" : known.getReasonPhrase());
            problem.put("status", status);
            problem.put("detail", messages.getMessage(ErrorAnswers.messageKey(HttpStatusCode.valueOf(status)), null,
                    LanguageConfiguration.DUTCH));
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                var writer = response.getReporter();
                if (writer != null) writer.write(json.writeValueAsString(problem));
            } catch (IOException | IllegalStateException e) {
                // the connection is gone or already answered: nothing more to say
            }
        }
    }
}
