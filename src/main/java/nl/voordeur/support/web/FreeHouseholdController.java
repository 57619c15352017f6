package nl.voordeur.support.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.household.Households;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;
import nl.voordeur.support.FreeHouseholds;

/**
 * Huishoudens zonder casemanager: a case manager takes one (and then opens its file), a
 * coordinator appoints one of the programme's case managers.
 */
@Controller
class FreeHouseholdController {

    private final FreeHouseholds free;
    private final Households households;
    private final ProgrammeManagement programmes;
    private final ProgrammeGuard guard;
    private final Kernteam kernteam;

    FreeHouseholdController(FreeHouseholds free, Households households, ProgrammeManagement programmes,
                            ProgrammeGuard guard, Kernteam kernteam) {
        this.free = free;
        this.households = households;
        this.programmes = programmes;
        this.guard = guard;
        this.kernteam = kernteam;
    }

    @GetMapping("/programmes/{id}/households/unassigned")
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("households", free.list(id, Paging.ALL).items());
        model.addAttribute("programme", programmes.get(id));
        CurrentUser user = CurrentUser.require();
        boolean appoints = guard.holdsAny(user, id, Role.COORDINATOR, Role.ADMIN);
        model.addAttribute("appoints", appoints);
        model.addAttribute("takes", guard.holdsAny(user, id, Role.CASE_MANAGER));
        model.addAttribute("caseManagers", appoints ? kernteam.members(id).stream()
                .filter(m -> m.roles().contains(Role.CASE_MANAGER)).toList() : java.util.List.of());
        return "household/unassigned";
    }

    /** Takes the household (no {@code userId}) or appoints the chosen case manager. */
    @PostMapping("/households/{id}/case-manager")
    String assign(@PathVariable UUID id, @RequestParam UUID programmeId, @RequestParam(required = false) UUID userId,
                  RedirectAttributes redirect) {
        UUID me = CurrentUser.require().id();
        UUID chosen = userId == null ? me : userId;
        try {
            households.assignCaseManager(id, chosen);
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
            return "redirect:/programmes/" + programmeId + "/households/unassigned";
        }
        if (chosen.equals(me)) {
            redirect.addFlashAttribute("saved", "unassigned.taken");
            return "redirect:/households/" + id + "/work";
        }
        redirect.addFlashAttribute("saved", "unassigned.appointed");
        return "redirect:/programmes/" + programmeId + "/households/unassigned";
    }
}
