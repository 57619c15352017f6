package nl.voordeur.neighbourhood.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.neighbourhood.InitiativeDetails;
import nl.voordeur.neighbourhood.InitiativeRegister;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.Paging;

/** The initiative register as pages: the list (paged, the latest first) with a form to add, and one initiative to edit. */
@Controller
@RequestMapping("/programmes/{id}/initiatives")
class InitiativeController {

    private static final int PAGE_SIZE = 25;

    private final InitiativeRegister register;
    private final ProgrammeManagement programmes;

    InitiativeController(InitiativeRegister register, ProgrammeManagement programmes) {
        this.register = register;
        this.programmes = programmes;
    }

    /** The initiative form: counts as typed, checked by the service. */
    record InitiativeForm(String activity, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
                          String organiser, String participants, String volunteers, String description, Integer version)
            implements java.io.Serializable {
        InitiativeDetails toDetails() {
            return new InitiativeDetails(activity, heldOn, organiser,
                    PageNumbers.whole(participants, "participants", "initiative.count.range"),
                    PageNumbers.whole(volunteers, "volunteers", "initiative.count.range"), description);
        }
    }

    @GetMapping
    String list(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page, Model model) {
        var paging = new Paging(Math.max(0, page), PAGE_SIZE);
        var initiatives = register.list(id, paging);
        model.addAttribute("initiatives", initiatives);
        model.addAttribute("page", paging.page());
        model.addAttribute("lastPage", Math.max(0, (initiatives.total() - 1) / PAGE_SIZE));
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("editable", register.editable(id));
        return "neighbourhood/initiatives";
    }

    @PostMapping
    String record(@PathVariable UUID id, @ModelAttribute InitiativeForm form, RedirectAttributes redirect) {
        Attempt.run(redirect, "initiative.saved", form, () -> register.record(id, form.toDetails()));
        return "redirect:/programmes/" + id + "/initiatives";
    }

    @GetMapping("/{initiativeId}")
    String show(@PathVariable UUID id, @PathVariable UUID initiativeId, Model model) {
        model.addAttribute("initiative", register.get(id, initiativeId));
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("editable", register.editable(id));
        return "neighbourhood/initiative";
    }

    @PostMapping("/{initiativeId}")
    String update(@PathVariable UUID id, @PathVariable UUID initiativeId, @ModelAttribute InitiativeForm form,
                  RedirectAttributes redirect) {
        boolean saved = Attempt.run(redirect, "initiative.saved", form,
                () -> register.update(id, initiativeId, form.version() == null ? -1 : form.version(), form.toDetails()));
        return "redirect:/programmes/" + id + "/initiatives" + (saved ? "" : "/" + initiativeId);
    }

    @PostMapping("/{initiativeId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID initiativeId, RedirectAttributes redirect) {
        Attempt.run(redirect, "initiative.removed", null, () -> register.delete(id, initiativeId));
        return "redirect:/programmes/" + id + "/initiatives";
    }
}
