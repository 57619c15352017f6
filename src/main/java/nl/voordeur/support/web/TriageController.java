package nl.voordeur.support.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.support.Triage;

/** The case manager's queue of new help questions. */
@Controller
class TriageController {

    private final Triage triage;
    private final ProgrammeManagement programmes;
    private final nl.voordeur.support.FreeHouseholds free;

    TriageController(Triage triage, ProgrammeManagement programmes, nl.voordeur.support.FreeHouseholds free) {
        this.triage = triage;
        this.programmes = programmes;
        this.free = free;
    }

    @GetMapping("/programmes/{id}/triage")
    String queue(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        var questions = triage.queue(id);
        model.addAttribute("questions", questions);
        // an empty queue says where new questions wait instead: in households without a case manager
        model.addAttribute("waitingHouseholds", questions.isEmpty() ? free.count(id) : 0L);
        return "household/triage";
    }

    @GetMapping("/programmes/{id}/specialist")
    String specialist(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("questions", triage.specialistQueue(id));
        model.addAttribute("outcomes", nl.voordeur.support.Outcome.values());
        return "household/specialist";
    }

    @org.springframework.web.bind.annotation.PostMapping("/programmes/{id}/specialist/close")
    String close(@PathVariable UUID id, @org.springframework.web.bind.annotation.RequestParam UUID questionId,
                 @org.springframework.web.bind.annotation.RequestParam nl.voordeur.support.Outcome outcome,
                 org.springframework.web.servlet.mvc.support.RedirectAttributes redirect) {
        try {
            triage.close(questionId, outcome);
            redirect.addFlashAttribute("saved", "question.closed");
        } catch (nl.voordeur.shared.DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/programmes/" + id + "/specialist";
    }
}
