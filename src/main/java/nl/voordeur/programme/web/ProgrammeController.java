package nl.voordeur.programme.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import nl.voordeur.access.AccessManagement;
import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.access.UserDirectory;
import nl.voordeur.programme.Kernteam;
import nl.voordeur.programme.ProgrammeGuard;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeStatus;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.DutchMoney;

@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private final ProgrammeManagement programmes;
    private final Kernteam kernteam;
    private final AccessManagement access;
    private final ProgrammeGuard guard;
    private final UserDirectory directory;

    ProgrammeController(ProgrammeManagement programmes, Kernteam kernteam, AccessManagement access,
                        ProgrammeGuard guard, UserDirectory directory) {
        this.directory = directory;
        this.programmes = programmes;
        this.kernteam = kernteam;
        this.access = access;
        this.guard = guard;
    }

    /** The budget as people type it: "€ 48.500,00", "48.500", "48500" (the rest of the form binds as usual). */
    @InitBinder("form")
    void money(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, "budgetEuros", new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                if (text == null || text.isBlank()) {
                    setValue(null);
                    return;
                }
                setValue(DutchMoney.parse(text).orElseThrow(() -> new IllegalArgumentException("no amount")));
            }

            @Override
            public String getAsText() {
                if (getValue() == null) return "";
                var dutch = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.of("nl")));
                return dutch.format(getValue());
            }
        });
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("programmes", programmes.visible());
        return "programme/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyAuthority('ADMIN', 'COORDINATOR')")
    String newProgramme(Model model) {
        model.addAttribute("form", ProgrammeForm.empty());
        return "programme/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) return "programme/form";
        try {
            var created = programmes.create(form.toDetails());
            redirect.addFlashAttribute("saved", "programme.saved");
            return "redirect:/programmes/" + created.id();
        } catch (DomainRuleViolated e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            return "programme/form";
        }
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var programme = programmes.get(id);
        CurrentUser user = CurrentUser.require();
        boolean manages = guard.holdsAny(user, id, Role.ADMIN, Role.COORDINATOR);
        model.addAttribute("programme", programme);
        model.addAttribute("manages", manages);
        model.addAttribute("members", kernteam.members(id));
        model.addAttribute("partners", kernteam.partners(id));
        if (manages) {
            model.addAttribute("users", directory.enabledUsers());
            model.addAttribute("organisations", access.organisations());
            model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.ADMIN).toList());
        }
        return "programme/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("form", ProgrammeForm.of(programmes.forManagers(id)));
        model.addAttribute("programmeId", id);
        return "programme/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ProgrammeForm form, BindingResult errors,
                  Model model, RedirectAttributes redirect) {
        model.addAttribute("programmeId", id);
        if (errors.hasErrors()) return "programme/form";
        try {
            programmes.update(id, form.getVersion() == null ? -1 : form.getVersion(), form.toDetails());
        } catch (DomainRuleViolated e) {
            errors.rejectValue(e.field(), e.messageKey(), e.arguments(), e.messageKey());
            return "programme/form";
        }
        redirect.addFlashAttribute("saved", "programme.saved");
        return "redirect:/programmes/" + id;
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable UUID id, @RequestParam ProgrammeStatus status, RedirectAttributes redirect) {
        programmes.changeStatus(id, status);
        redirect.addFlashAttribute("saved", "programme.statusChanged");
        return "redirect:/programmes/" + id;
    }
}
