package nl.voordeur.access;

import java.io.IOException;
import java.util.Set;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A user whom an administrator asked to choose a new password does that before anything else: each
 * page sends them to the password page, and the API answers 403 to everything but the password
 * change, logging out, and reading who they are. Not a bean: each chain adds its own.
 */
class PasswordChangeGate extends OncePerRequestFilter {

    static final String PAGE = "/account/password";
    private static final Set<String> API_ALLOWED = Set.of("PUT /api/v1/users/me/password", "DELETE /api/v1/auth/token",
            "POST /api/v1/auth/logout-everywhere", "GET /api/v1/users/me");

    private final PasswordChanges passwords;
    private final ApiProblemWriter problems;

    PasswordChangeGate(PasswordChanges passwords, ApiProblemWriter problems) {
        this.passwords = passwords;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var user = CurrentUser.get();
        if (user.isEmpty() || allowed(request) || !passwords.required(user.get())) {
            chain.doFilter(request, response);
        } else if (problems == null) {
            response.sendRedirect(request.getContextPath() + PAGE);
        } else {
            problems.passwordChangeRequired(request, response);
        }
    }

    private boolean allowed(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (problems != null) return API_ALLOWED.contains(request.getMethod() + " " + path);
        return path.equals(PAGE) || path.equals("/logout") || path.startsWith("/css/") || path.startsWith("/js/")
                || path.startsWith("/img/") || path.startsWith("/webjars/") || path.equals("/favicon.ico")
                || path.equals("/error") || path.equals("/language");
    }
}
