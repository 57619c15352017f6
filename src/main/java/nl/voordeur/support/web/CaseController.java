package nl.voordeur.support.web;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.household.HouseholdFile;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.web.Flash;
import nl.voordeur.support.CaseReads;
import nl.voordeur.support.CaseStatus;
import nl.voordeur.support.Cases;

/** The case page: plan, status and the change in self-sufficiency; and a case manager's open cases. */
@Controller
class CaseController {

    private final Cases cases;
    private final CaseReads reads;
    private final HouseholdFile files;
    private final ProgrammeManagement programmes;

    CaseController(Cases cases, CaseReads reads, HouseholdFile files, ProgrammeManagement programmes) {
        this.cases = cases;
        this.reads = reads;
        this.files = files;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/cases")
    String mine(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("cases", reads.ownedBy(id, CurrentUser.require().id()));
        return "household/cases";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable UUID id, Model model) {
        var view = reads.get(id);
        model.addAttribute("kase", view);
        model.addAttribute("file", files.read(view.householdId()));
        model.addAttribute("reasons", CaseStatus.CloseReason.values());
        return "household/case";
    }

    @PostMapping("/households/{id}/cases")
    String open(@PathVariable UUID id, @RequestParam(required = false) Set<UUID> personIds, RedirectAttributes redirect) {
        try {
            return "redirect:/cases/" + cases.open(id, CurrentUser.require().id(), personIds);
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
            return "redirect:/households/" + id;
        }
    }

    @PostMapping("/cases/{id}/goal")
    String goal(@PathVariable UUID id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
        return outcome(id, redirect, () -> cases.addGoal(id, text));
    }

    @PostMapping("/cases/{id}/action")
    String action(@PathVariable UUID id, @RequestParam UUID goalId, @RequestParam(required = false) String text,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
                  RedirectAttributes redirect) {
        return outcome(id, redirect, () -> cases.addAction(id, goalId, text, null, dueDate));
    }

    @PostMapping("/cases/{id}/move")
    String move(@PathVariable UUID id, @RequestParam String to,
                @RequestParam(required = false) CaseStatus.CloseReason reason, RedirectAttributes redirect) {
        return outcome(id, redirect, () -> {
            switch (to) {
                case "ACTIVE" -> cases.activate(id);
                case "MONITORING" -> cases.monitor(id);
                default -> cases.close(id, reason);
            }
        });
    }

    private static String outcome(UUID id, RedirectAttributes redirect, Runnable change) {
        Flash.attempt(redirect, "case.saved", change);
        return "redirect:/cases/" + id;
    }
}
