package nl.voordeur.access;

import java.io.IOException;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writes RFC 9457 problem details for API requests that are refused before reaching a controller. */
@Component
class ApiProblemWriter {

    void unauthorized(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
        write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
                "Send a valid bearer token; get one from POST /api/v1/auth/token.");
    }

    void forbidden(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
    }

    private static void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        if (status == HttpStatus.UNAUTHORIZED) response.setHeader("WWW-Authenticate", "Bearer");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
                + status.value() + ",\"detail\":\"" + detail + "\"}");
    }
}
