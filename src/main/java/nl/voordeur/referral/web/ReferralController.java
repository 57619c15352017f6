package nl.voordeur.referral.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.referral.ReferralReads;
import nl.voordeur.referral.Referrals;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.NotFound;
import nl.voordeur.shared.Paging;

/** The partner's inbox and a referral's page, where the partner answers and the case manager withdraws. */
@Controller
class ReferralController {

    private final Referrals referrals;
    private final ReferralReads reads;
    private final ProgrammeManagement programmes;

    ReferralController(Referrals referrals, ReferralReads reads, ProgrammeManagement programmes) {
        this.referrals = referrals;
        this.reads = reads;
        this.programmes = programmes;
    }

    @GetMapping("/referrals")
    String inbox(Model model) {
        model.addAttribute("referrals", reads.inbox(Paging.ALL).items());
        model.addAttribute("listTitle", "referral.inbox");
        return "referral/list";
    }

    @GetMapping("/programmes/{id}/referrals/overdue")
    String overdue(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("referrals", reads.overdue(id, Paging.ALL).items());
        model.addAttribute("listTitle", "referral.overdueTitle");
        return "referral/list";
    }

    @GetMapping("/programmes/{id}/referrals/answered")
    String answered(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("referrals", reads.answeredFor(id, CurrentUser.require().id()));
        model.addAttribute("listTitle", "referral.answeredTitle");
        return "referral/list";
    }

    @GetMapping("/referrals/{id}")
    String show(@PathVariable UUID id, Model model) {
        var referral = reads.get(id);
        model.addAttribute("referral", referral);
        model.addAttribute("isPartner", referral.organisationId().equals(CurrentUser.require().organisationId()));
        return "referral/show";
    }

    @PostMapping("/referrals/{id}/{action}")
    String answer(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) Boolean successful, RedirectAttributes redirect) {
        try {
            switch (action) {
                case "accept" -> referrals.accept(id);
                case "reject" -> referrals.reject(id, reason);
                case "complete" -> referrals.complete(id, successful, reason);
                case "withdraw" -> referrals.withdraw(id, reason);
                default -> throw new NotFound("Action");
            }
            redirect.addFlashAttribute("saved", "referral.saved." + action);
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/referrals/" + id;
    }
}
