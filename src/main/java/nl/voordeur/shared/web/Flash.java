package nl.voordeur.shared.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.shared.DomainRuleViolated;

/**
 * Post-redirect-get for page forms: runs the change and leaves either the success message key
 * ("saved") or the broken rule ("problem") for the page the browser is redirected to.
 */
public final class Flash {

    private Flash() {
    }

    public static void attempt(RedirectAttributes redirect, String successKey, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", successKey);
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
    }
}
