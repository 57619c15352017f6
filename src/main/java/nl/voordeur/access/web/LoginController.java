package nl.voordeur.access.web;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpSession;
import nl.voordeur.access.LoginThrottled;
import nl.voordeur.access.OidcProperties;

@Controller
class LoginController {

    private final OidcProperties oidc;

    LoginController(OidcProperties oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure != null) {
            model.addAttribute("loginError", failure instanceof OAuth2AuthenticationException e
                    ? identityProviderMessage(e.getError().getErrorCode())
                    : failure instanceof LoginThrottled t ? (t.locked() ? "login.locked" : "login.throttled") : "login.failed");
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        if (oidc.enabled()) model.addAttribute("oidcLogin", "/oauth2/authorization/" + oidc.registrationId());
        return "login";
    }

    /** An identity-provider login never gets the password message: it had no password here. */
    private static String identityProviderMessage(String errorCode) {
        return switch (errorCode) {
            case OidcProperties.UNKNOWN_ACCOUNT -> "login.oidcRefused";
            case OidcProperties.EMAIL_UNVERIFIED -> "login.oidcEmailUnverified";
            default -> "login.oidcFailed";
        };
    }
}
