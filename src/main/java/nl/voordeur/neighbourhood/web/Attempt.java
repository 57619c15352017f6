package nl.voordeur.neighbourhood.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.shared.ConcurrentEdit;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * Post-redirect-get for the neighbourhood forms: the success message, every broken rule, or, when
 * someone else saved first, the conflict message, left for the page the browser goes to next.
 */
final class Attempt {

    private Attempt() {
    }

    /** True when the change was saved; otherwise the form goes back to the page with what was typed. */
    static boolean run(RedirectAttributes redirect, String successKey, Object form, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("saved", successKey);
            return true;
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problems", e.all());
        } catch (ConcurrentEdit e) {
            redirect.addFlashAttribute("conflict", true);
        }
        if (form != null) {
            String name = form.getClass().getSimpleName();
            redirect.addFlashAttribute(Character.toLowerCase(name.charAt(0)) + name.substring(1), form); // e.g. "valueForm"
        }
        return false;
    }
}
