package nl.voordeur.access.web;

import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.NewUser;
import nl.voordeur.access.PasswordChanges;
import nl.voordeur.access.Role;
import nl.voordeur.access.Specialism;
import nl.voordeur.access.TwoFactorService;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAuthority('ADMIN')")
class UserController {

    private final AccessManagement access;
    private final TwoFactorService twoFactor;
    private final PasswordChanges passwords;

    UserController(AccessManagement access, TwoFactorService twoFactor, PasswordChanges passwords) {
        this.access = access;
        this.twoFactor = twoFactor;
        this.passwords = passwords;
    }

    record UserForm(@NotBlank String username, @NotBlank String password, @NotBlank String displayName,
                    @NotNull UUID organisationId, Specialism specialism, Set<Role> roles) {

        NewUser toCommand() {
            return new NewUser(username, password, displayName, organisationId, specialism,
                    roles == null ? Set.of() : roles);
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("users", access.users(Paging.of(page, 50)));
        model.addAttribute("page", page == null ? 0 : page);
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(Model model) {
        model.addAttribute("form", new UserForm("", "", "", null, null, Set.of()));
        return form(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) return form(model);
        try {
            var created = access.createUser(form.toCommand());
            redirect.addFlashAttribute("saved", "user.saved");
            return "redirect:/admin/users/" + created.id();
        } catch (DomainRuleViolated e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            return form(model);
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("user", access.user(id));
        model.addAttribute("twoFactorEnrolled", twoFactor.enrolled(id));
        return "admin/user";
    }

    /** A lost phone: the user enrols again at the next login. Needs the administrator's own second factor. */
    @PostMapping("/{id}/two-factor/reset")
    String resetTwoFactor(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            twoFactor.reset(id);
            redirect.addFlashAttribute("saved", "twoFactor.reset.done");
        } catch (Forbidden e) {
            redirect.addFlashAttribute("problem", "twoFactor.reset.needsOwnSecondFactor");
        }
        return "redirect:/admin/users/" + id;
    }

    /** Lifts the lock a clear attack put on the user's login. */
    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, RedirectAttributes redirect) {
        access.unlock(id);
        redirect.addFlashAttribute("saved", "user.unlocked");
        return "redirect:/admin/users/" + id;
    }

    /** A one-time enrolment code, shown on this answer only (not kept in the session for a redirect). */
    @PostMapping("/{id}/enrolment-code")
    String issueEnrolmentCode(@PathVariable UUID id, Model model) {
        model.addAttribute("enrolmentCode", twoFactor.issueEnrolmentCode(id));
        return show(id, model);
    }

    /** The user must choose a new password before anything else, from their next request on. */
    @PostMapping("/{id}/password-change")
    String requirePasswordChange(@PathVariable UUID id, RedirectAttributes redirect) {
        passwords.requireChange(id);
        redirect.addFlashAttribute("saved", "user.passwordChangeRequired");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable UUID id, @RequestParam boolean enabled, @RequestParam int version,
                      RedirectAttributes redirect) {
        access.setEnabled(id, enabled, version);
        redirect.addFlashAttribute("saved", enabled ? "user.enabled" : "user.disabled");
        return "redirect:/admin/users/" + id;
    }

    private String form(Model model) {
        model.addAttribute("organisations", access.organisations());
        model.addAttribute("roles", Role.values());
        model.addAttribute("specialisms", Specialism.values());
        return "admin/user-form";
    }
}
