package nl.voordeur.address.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressProperties;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.AddressStatus;
import nl.voordeur.address.Channel;
import nl.voordeur.address.CorporationOwners;
import nl.voordeur.address.ImportChoice;
import nl.voordeur.address.ImportRefused;
import nl.voordeur.address.Outcome;
import nl.voordeur.address.Outreach;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;

@Controller
class AddressController {

    static final int PAGE_SIZE = 50;

    private final AddressRegister register;
    private final AddressImport imports;
    private final ProgrammeManagement programmes;
    private final AddressProperties properties;
    private final Outreach outreach;
    private final VisitPlanning planning;
    private final CorporationOwners owners;

    AddressController(AddressRegister register, AddressImport imports, ProgrammeManagement programmes,
                      AddressProperties properties, Outreach outreach,
                      VisitPlanning planning, CorporationOwners owners) {
        this.owners = owners;
        this.outreach = outreach;
        this.planning = planning;
        this.register = register;
        this.imports = imports;
        this.programmes = programmes;
        this.properties = properties;
    }

    @GetMapping("/programmes/{id}/addresses")
    String register(@PathVariable UUID id, @RequestParam(required = false) AddressStatus status,
                    @RequestParam(required = false) String street, @RequestParam(required = false) String q,
                    @RequestParam(defaultValue = "false") boolean outOfScope,
                                 @RequestParam(required = false) UUID visitor,
                    @RequestParam(required = false) Integer page, Model model) {
        var filter = new AddressFilter(status, street, q, outOfScope, visitor);
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("addresses", register.list(id, filter, Paging.of(page, PAGE_SIZE)));
        model.addAttribute("streets", register.streets(id));
        model.addAttribute("statuses", AddressStatus.values());
        model.addAttribute("visitors", planning.visitors(id));
        model.addAttribute("filter", filter);
        model.addAttribute("page", page == null ? 0 : page);
        model.addAttribute("pageSize", PAGE_SIZE);
        return "address/register";
    }

    @GetMapping("/programmes/{id}/addresses/import")
    String importForm(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.forManagers(id));
        return "address/import";
    }

    @PostMapping("/programmes/{id}/addresses/import")
    String upload(@PathVariable UUID id, @RequestParam("file") MultipartFile file, Model model) throws IOException {
        model.addAttribute("programme", programmes.get(id));
        try {
            byte[] content = BoundedBody.read(file.getInputStream(), properties.importMaxBytes());
            model.addAttribute("summary", imports.upload(id, content));
        } catch (DomainRuleViolated e) {
            model.addAttribute("fileProblem", e);
        }
        return "address/import";
    }

    /** The choices are the preview's buttons: only the valid rows, and the removal its warning names. */
    @PostMapping("/programmes/{id}/addresses/import/{pendingId}/confirm")
    String confirm(@PathVariable UUID id, @PathVariable UUID pendingId,
                   @RequestParam(defaultValue = "false") boolean onlyValid,
                   @RequestParam(defaultValue = "false") boolean confirmRemoval, Model model, RedirectAttributes redirect) {
        try {
            redirect.addFlashAttribute("imported", imports.confirm(id, pendingId, new ImportChoice(onlyValid, confirmRemoval)));
            return "redirect:/programmes/" + id + "/addresses";
        } catch (ImportRefused e) {
            model.addAttribute("programme", programmes.get(id));
            model.addAttribute("summary", e.summary());
            model.addAttribute("refused", e);
            return "address/import";
        }
    }

    @GetMapping("/addresses/{id}")
    String address(@PathVariable UUID id, Model model) {
        var detail = register.detail(id);
        model.addAttribute("detail", detail);
        model.addAttribute("attempts", outreach.attempts(id));
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("statuses", AddressStatus.values());
        model.addAttribute("programme", programmes.describe(detail.address().programmeId()));
        model.addAttribute("corporations", owners.corporations());
        return "address/show";
    }

    /** The coordinator records who owns the dwelling: {@code owner} is a corporation's id, none or unknown. */
    @PostMapping("/addresses/{id}/corporation")
    String setOwner(@PathVariable UUID id, @RequestParam(defaultValue = "") String owner, RedirectAttributes redirect) {
        try {
            owners.change(id, OwnerChoice.corporation(owner), OwnerChoice.owned(owner));
            redirect.addFlashAttribute("saved", "address.corporation.saved");
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/addresses/" + id;
    }
}
