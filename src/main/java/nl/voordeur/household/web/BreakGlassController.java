package nl.voordeur.household.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.household.BreakGlassGround;
import nl.voordeur.household.EmergencyAccess;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.web.Flash;

/** Noodtoegang: the form to break the glass on a household, and the privacy officer's review list. */
@Controller
class BreakGlassController {

    private final EmergencyAccess emergency;

    BreakGlassController(EmergencyAccess emergency) {
        this.emergency = emergency;
    }

    @GetMapping("/households/{id}/break-glass")
    String form(@PathVariable UUID id, Model model) {
        emergency.offer(id);
        model.addAttribute("householdId", id);
        model.addAttribute("grounds", BreakGlassGround.values());
        return "household/break-glass";
    }

    @PostMapping("/households/{id}/break-glass")
    String open(@PathVariable UUID id, @RequestParam(required = false) BreakGlassGround ground,
                @RequestParam(required = false) String reason, Model model, RedirectAttributes redirect) {
        try {
            emergency.open(id, ground, reason);
            redirect.addFlashAttribute("saved", "breakGlass.opened");
            return "redirect:/households/" + id;
        } catch (DomainRuleViolated e) {
            model.addAttribute("householdId", id);
            model.addAttribute("problem", e);
            model.addAttribute("reason", reason);
            model.addAttribute("ground", ground);
            model.addAttribute("grounds", BreakGlassGround.values());
            return "household/break-glass";
        }
    }

    @GetMapping("/break-glass")
    String review(Model model) {
        model.addAttribute("grants", emergency.unreviewed());
        return "household/break-glass-review";
    }

    @PostMapping("/break-glass/{grantId}/review")
    String reviewed(@PathVariable UUID grantId, RedirectAttributes redirect) {
        Flash.attempt(redirect, "breakGlass.reviewed", () -> emergency.review(grantId));
        return "redirect:/break-glass";
    }
}
