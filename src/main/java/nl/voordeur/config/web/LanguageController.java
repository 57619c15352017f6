package nl.voordeur.config.web;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Switches the interface language and returns to the page the user was on. */
@Controller
class LanguageController {

    private final LocaleResolver localeResolver;

    LanguageController(LocaleResolver localeResolver) {
        this.localeResolver = localeResolver;
    }

    @PostMapping("/language")
    String switchLanguage(@RequestParam String lang, @RequestParam(defaultValue = "/") String returnTo,
                          HttpServletRequest request, HttpServletResponse response) {
        Locale locale = "en".equals(lang) ? LanguageConfiguration.ENGLISH : LanguageConfiguration.DUTCH;
        localeResolver.setLocale(request, response, locale);
        return "redirect:" + safeLocalPath(returnTo);
    }

    /** Only paths on this site, so the switch cannot be used to send people elsewhere. */
    static String safeLocalPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("\\")
                || path.contains("\r") || path.contains("\n")) {
            return "/";
        }
        return path;
    }
}
