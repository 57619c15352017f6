package nl.voordeur.meldcode.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.household.HouseholdFile;
import nl.voordeur.meldcode.Meldcode;
import nl.voordeur.shared.DomainRuleViolated;

/**
 * Zorgen over veiligheid: a visitor or case manager who may read a household's file opens a
 * meldcode record by hand. The record goes to the aandachtsfunctionaris; the opener does not see it.
 */
@Controller
class ConcernController {

    private final Meldcode meldcode;
    private final HouseholdFile files;

    ConcernController(Meldcode meldcode, HouseholdFile files) {
        this.meldcode = meldcode;
        this.files = files;
    }

    @GetMapping("/households/{id}/meldcode/new")
    String form(@PathVariable UUID id, Model model) {
        model.addAttribute("file", files.read(id));
        return "meldcode/concern";
    }

    @PostMapping("/households/{id}/meldcode")
    String open(@PathVariable UUID id, @RequestParam(required = false) UUID personId,
                @RequestParam(required = false) String concern, RedirectAttributes redirect) {
        try {
            meldcode.open(id, personId, concern);
            redirect.addFlashAttribute("saved", "meldcode.opened");
            return "redirect:/households/" + id;
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
            redirect.addFlashAttribute("concern", concern);
            return "redirect:/households/" + id + "/meldcode/new";
        }
    }
}
