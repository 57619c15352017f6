package nl.voordeur.access;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Absolute session timeout (ASVS 7.3.2): a page session older than {@code voordeur.access.session-max-age}
 * ends however active it is, before the login is read from it, so the user goes to the login page.
 * Compares with the system clock, as Spring Session stamps the creation time with it. Not a bean:
 * only the page chain uses it.
 */
class SessionAgeLimit extends OncePerRequestFilter {

    private final Duration maxAge;

    SessionAgeLimit(Duration maxAge) {
        this.maxAge = maxAge;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && Instant.ofEpochMilli(session.getCreationTime()).plus(maxAge).isBefore(Instant.now())) {
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
