package nl.voordeur.rights.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.access.CurrentUser;
import nl.voordeur.access.Role;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.rights.SubjectRights;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Forbidden;
import nl.voordeur.shared.web.Downloads;
import nl.voordeur.shared.web.Flash;
import tools.jackson.databind.json.JsonMapper;

/** The privacy officer's subject-rights pages: find a person, export, rectify, erase. */
@Controller
class SubjectRightsController {

    private final SubjectRights rights;
    private final ProgrammeManagement programmes;
    private final JsonMapper json;

    SubjectRightsController(SubjectRights rights, ProgrammeManagement programmes, JsonMapper json) {
        this.rights = rights;
        this.programmes = programmes;
        this.json = json;
    }

    @GetMapping("/persons")
    String form(Model model) {
        return find(null, null, model);
    }

    /** A POST, so that the name searched for never appears in a URL or an access log. */
    @PostMapping("/persons/search")
    String find(@RequestParam(required = false) UUID programmeId, @RequestParam(required = false) String name,
                Model model) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Role.PRIVACY_OFFICER)) throw new Forbidden("privacy officer");
        model.addAttribute("programmes", programmes.visible().stream()
                .filter(p -> user.hasRole(Role.PRIVACY_OFFICER, p.id())).toList());
        model.addAttribute("programmeId", programmeId);
        model.addAttribute("name", name);
        try {
            model.addAttribute("hits", programmeId == null || name == null ? List.of() : rights.find(programmeId, name));
        } catch (DomainRuleViolated e) {
            model.addAttribute("problem", e);
            model.addAttribute("hits", List.of());
        }
        return "rights/search";
    }

    @GetMapping("/persons/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("person", rights.summary(id));
        return "rights/person";
    }

    @GetMapping("/persons/{id}/export.json")
    ResponseEntity<byte[]> exportJson(@PathVariable UUID id) {
        return Downloads.attachment("inzage-" + id + ".json", "application/json",
                json.writeValueAsBytes(rights.export(id, "json")));
    }

    @GetMapping("/persons/{id}/export.pdf")
    ResponseEntity<byte[]> exportPdf(@PathVariable UUID id, Locale locale) {
        return Downloads.attachment("inzage-" + id + ".pdf", Downloads.PDF, rights.exportPdf(id, locale));
    }

    @PostMapping("/persons/{id}/rectify")
    String rectify(@PathVariable UUID id, @RequestParam(required = false) String name,
                   @RequestParam(required = false) Integer birthYear, @RequestParam int version,
                   RedirectAttributes redirect) {
        Flash.attempt(redirect, "rights.rectified", () -> rights.rectify(id, version, name, birthYear));
        return "redirect:/persons/" + id;
    }

    @PostMapping("/persons/{id}/erase")
    String erase(@PathVariable UUID id, @RequestParam(required = false) String confirm, RedirectAttributes redirect) {
        Flash.attempt(redirect, "rights.erased", () -> rights.erase(id, "yes".equals(confirm)));
        return "redirect:/persons/" + id;
    }
}
