package nl.voordeur.access.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpSession;
import nl.voordeur.access.PasswordChanges;
import nl.voordeur.shared.DomainRuleViolated;

/** The user's own new password; also where a change an administrator required sends them first. */
@Controller
@RequestMapping("/account/password")
class PasswordController {

    private final PasswordChanges passwords;

    PasswordController(PasswordChanges passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String show(Model model) {
        model.addAttribute("mustChange", passwords.requiredOfCaller());
        return "account/password";
    }

    @PostMapping
    String change(@RequestParam(defaultValue = "") String currentPassword,
                  @RequestParam(defaultValue = "") String newPassword, HttpSession session, Model model,
                  RedirectAttributes redirect) {
        try {
            passwords.changeOwn(currentPassword, newPassword, session.getId());
            redirect.addFlashAttribute("saved", "password.changed");
            return "redirect:/account";
        } catch (DomainRuleViolated e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", e.messageKey());
            model.addAttribute("errorArgument", e.arguments().length > 0 ? e.arguments()[0] : "");
            return show(model);
        }
    }
}
