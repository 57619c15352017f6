package nl.voordeur.retention.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.retention.Retention;
import nl.voordeur.retention.RetentionPolicies;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.web.Flash;

/** The privacy officer's pages: the dry run with "run now", and a programme's retention terms. */
@Controller
class RetentionController {

    private final Retention retention;
    private final RetentionPolicies policies;
    private final ProgrammeManagement programmes;

    RetentionController(Retention retention, RetentionPolicies policies, ProgrammeManagement programmes) {
        this.retention = retention;
        this.policies = policies;
        this.programmes = programmes;
    }

    @GetMapping("/retention")
    String preview(Model model) {
        model.addAttribute("preview", retention.preview());
        model.addAttribute("runs", retention.runs(Paging.of(0, 10)));
        return "retention/preview";
    }

    @PostMapping("/retention/run")
    String runNow(RedirectAttributes redirect) {
        var run = retention.runNow();
        redirect.addFlashAttribute("saved", "retention.ran");
        redirect.addFlashAttribute("ran", run);
        return "redirect:/retention";
    }

    @GetMapping("/programmes/{id}/retention")
    String policy(@PathVariable UUID id, Model model) {
        model.addAttribute("policy", policies.get(id));
        model.addAttribute("programme", programmes.describe(id));
        return "retention/policy";
    }

    @PostMapping("/programmes/{id}/retention")
    String change(@PathVariable UUID id, @RequestParam(required = false) Integer caseMonths,
                  @RequestParam(required = false) Integer contactOnlyMonths, @RequestParam int version,
                  RedirectAttributes redirect) {
        Flash.attempt(redirect, "retention.saved", () -> policies.change(id, caseMonths, contactOnlyMonths, version));
        return "redirect:/programmes/" + id + "/retention";
    }
}
