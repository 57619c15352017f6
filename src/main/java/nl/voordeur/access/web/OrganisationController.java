package nl.voordeur.access.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.OrganisationKind;
import nl.voordeur.shared.DomainRuleViolated;

@Controller
@RequestMapping("/admin/organisations")
@PreAuthorize("hasAuthority('ADMIN')")
class OrganisationController {

    private final AccessManagement access;

    OrganisationController(AccessManagement access) {
        this.access = access;
    }

    record OrganisationForm(@NotBlank @Size(max = 200) String name, @NotNull OrganisationKind kind) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new OrganisationForm("", null));
        return page(model);
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) return page(model);
        try {
            access.createOrganisation(form.name(), form.kind());
        } catch (DomainRuleViolated e) {
            errors.rejectValue(e.field(), e.messageKey());
            return page(model);
        }
        redirect.addFlashAttribute("saved", "organisation.saved");
        return "redirect:/admin/organisations";
    }

    private String page(Model model) {
        model.addAttribute("organisations", access.organisations());
        model.addAttribute("kinds", OrganisationKind.values());
        return "admin/organisations";
    }
}
