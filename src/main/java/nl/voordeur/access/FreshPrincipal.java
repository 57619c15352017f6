package nl.voordeur.access;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * A page session remembers who logged in, not what they may do: on every request the principal
 * is replaced by the account as it is now ({@link Principals}), so a role taken away, a disabled
 * account or two-factor becoming required takes effect on the next request, on every instance.
 * A session whose account is gone or disabled, or that lacks a second factor that is now
 * required, ends. Not a bean: only the page chain uses it.
 */
class FreshPrincipal extends OncePerRequestFilter {

    private final Principals principals;
    private final TwoFactorPolicy twoFactor;

    FreshPrincipal(Principals principals, TwoFactorPolicy twoFactor) {
        this.principals = principals;
        this.twoFactor = twoFactor;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser loggedIn) {
            Optional<CurrentUser> now = principals.refresh(loggedIn)
                    .filter(CurrentUser::isEnabled)
                    .filter(u -> u.passedSecondFactor() || !twoFactor.requiredFor(u));
            if (now.isPresent()) {
                var fresh = UsernamePasswordAuthenticationToken.authenticated(now.get(), null, now.get().getAuthorities());
                fresh.setDetails(authentication.getDetails());
                var context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(fresh);
                SecurityContextHolder.setContext(context);
            } else {
                SecurityContextHolder.clearContext();
                HttpSession session = request.getSession(false);
                if (session != null) session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }
}
