package nl.voordeur.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.TwoFactorService;
import nl.voordeur.shared.DomainRuleViolated;

/** A logged-in user's own two-factor page: enrol voluntarily (where it is not yet enforced). */
@Controller
@RequestMapping("/account/two-factor")
class AccountTwoFactorController {

    private final TwoFactorService twoFactor;

    AccountTwoFactorController(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @GetMapping
    String show(HttpSession session, Model model) {
        CurrentUser user = CurrentUser.require();
        boolean enrolled = twoFactor.enrolled(user.id());
        model.addAttribute("enrolled", enrolled);
        if (!enrolled) model.addAttribute("offer", twoFactor.offer(user.id(), user.username(), session));
        model.addAttribute("enrolmentCodeRequired", twoFactor.enrolmentCodeRequired());
        return "account/two-factor";
    }

    @PostMapping
    String enrol(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String code,
                 @RequestParam(defaultValue = "") String enrolmentCode, HttpSession session, Model model,
                 RedirectAttributes redirect) {
        try {
            twoFactor.confirmWithPassword(CurrentUser.require().id(), password, code, enrolmentCode, session);
            redirect.addFlashAttribute("saved", "twoFactor.enrolled");
            return "redirect:/account/two-factor";
        } catch (DomainRuleViolated e) {
            model.addAttribute("codeError", e.messageKey());
            return show(session, model);
        }
    }
}
