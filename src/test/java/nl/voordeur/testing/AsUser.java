package nl.voordeur.testing;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import nl.voordeur.access.CurrentUser;

/** Runs service calls in a test as one of the application's users, with that user's roles and audit. */
public final class AsUser {

    private AsUser() {
    }

    public static <T> T call(UserDetailsService users, String username, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext();
        CurrentUser user = (CurrentUser) users.loadUserByUsername(username);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetailsService users, String username, Runnable work) {
        call(users, username, () -> {
            work.run();
            return null;
        });
    }
}
