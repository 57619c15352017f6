package nl.voordeur.address.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.AddressStatus;
import nl.voordeur.address.Channel;
import nl.voordeur.address.Daypart;
import nl.voordeur.address.NewContactAttempt;
import nl.voordeur.address.Outcome;
import nl.voordeur.address.Outreach;
import nl.voordeur.address.OutreachDocuments;
import nl.voordeur.address.VisitPlanning;
import nl.voordeur.address.WalkStreet;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.web.Downloads;

/** The visitor's walk list with one-tap attempts, and the coordinator's planning and letters. */
@Controller
class OutreachController {

    private final Outreach outreach;
    private final VisitPlanning planning;
    private final OutreachDocuments documents;
    private final AddressRegister register;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    OutreachController(Outreach outreach, VisitPlanning planning, OutreachDocuments documents, AddressRegister register,
                       ProgrammeManagement programmes, Clock clock) {
        this.outreach = outreach;
        this.planning = planning;
        this.documents = documents;
        this.register = register;
        this.programmes = programmes;
        this.clock = clock;
    }

    /** The walk list by street in walking order; {@code show=all} also lists the addresses already done. */
    @GetMapping("/programmes/{id}/walk-list")
    String walkList(@PathVariable UUID id, @RequestParam(defaultValue = "todo") String show,
                    @RequestParam(required = false) String street, Model model) {
        boolean all = "all".equals(show);
        var streets = street == null ? planning.walkListByStreet(id, all) : oneStreet(id, street, all);
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("streets", streets);
        model.addAttribute("total", streets.stream().mapToLong(WalkStreet::total).sum());
        model.addAttribute("all", all);
        return "address/walk-list";
    }

    /** A whole street on its own, for a browser without htmx that asks for the rest of it. */
    private List<WalkStreet> oneStreet(UUID id, String street, boolean all) {
        var items = planning.walkStreet(id, street, all, Paging.ALL);
        return items.items().isEmpty() ? List.of() : List.of(new WalkStreet(street, items.total(), items.items()));
    }

    /** The rest of one street, a page at a time, for "meer in deze straat" (htmx appends it to the street). */
    @GetMapping("/programmes/{id}/walk-list/street")
    String walkStreet(@PathVariable UUID id, @RequestParam String name, @RequestParam(defaultValue = "todo") String show,
                      @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "0") int index, Model model) {
        boolean all = "all".equals(show);
        var items = planning.walkStreet(id, name, all, new Paging(page, VisitPlanning.PER_STREET));
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("items", items.items());
        model.addAttribute("street", name);
        model.addAttribute("all", all);
        model.addAttribute("index", index);
        model.addAttribute("nextPage", (long) (page + 1) * VisitPlanning.PER_STREET < items.total() ? page + 1 : null);
        return "address/walk-list :: more";
    }

    @GetMapping("/programmes/{id}/walk-list.pdf")
    ResponseEntity<byte[]> walkListPdf(@PathVariable UUID id, Locale locale) {
        return Downloads.attachment("looplijst.pdf", Downloads.PDF, documents.walkList(id, locale));
    }

    /** One tap at the door: the outcome now, at this daypart, at the door; a note is optional. */
    @PostMapping("/addresses/{id}/attempts")
    String attempt(@PathVariable UUID id, @RequestParam Outcome outcome, @RequestParam(required = false) String note,
                   @RequestParam(required = false) UUID programmeId, @RequestParam(required = false) Channel channel,
                   @RequestParam(required = false) UUID requestId,
                   @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
                   RedirectAttributes redirect) {
        var now = ZonedDateTime.now(clock);
        try {
            UUID attempt = outreach.recordAttempt(id, new NewContactAttempt(now.toLocalDate(), Daypart.at(now.toLocalTime()),
                    channel == null ? Channel.DOOR : channel, outcome, note, Set.of(), requestId));
            redirect.addFlashAttribute("saved", "attempt.saved");
            model.addAttribute("savedOutcome", outcome);
            model.addAttribute("attemptId", attempt);
            model.addAttribute("undoSeconds", Outreach.UNDO_WINDOW.toSeconds());
            if (programmeId != null) model.addAttribute("i", planning.walkListItem(programmeId, id));
            model.addAttribute("programmeId", programmeId);
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
            model.addAttribute("problem", e);
        }
        if (htmx != null) return "address/walk-list :: recorded";
        return programmeId == null ? "redirect:/addresses/" + id : "redirect:/programmes/" + programmeId + "/walk-list";
    }

    /** Takes back the attempt just recorded (within a minute): the walk list shows the address as before. */
    @PostMapping("/addresses/{id}/attempts/{attemptId}/undo")
    String undo(@PathVariable UUID id, @PathVariable UUID attemptId, @RequestParam UUID programmeId,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model, RedirectAttributes redirect) {
        try {
            outreach.undoAttempt(id, attemptId);
            redirect.addFlashAttribute("saved", "attempt.undone");
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
            model.addAttribute("problem", e);
        }
        if (htmx == null) return "redirect:/programmes/" + programmeId + "/walk-list";
        model.addAttribute("i", planning.walkListItem(programmeId, id));
        model.addAttribute("programme", programmes.get(programmeId));
        return "address/walk-list :: card";
    }

    @GetMapping("/programmes/{id}/planning")
    String planningPage(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("figures", planning.figures(id));
        model.addAttribute("visitors", planning.visitors(id));
        model.addAttribute("streets", register.streets(id));
        return "address/planning";
    }

    @PostMapping("/programmes/{id}/planning/assign")
    String assign(@PathVariable UUID id, @RequestParam String street, @RequestParam(required = false) Integer from,
                  @RequestParam(required = false) Integer to, @RequestParam(defaultValue = "ALL") VisitPlanning.Side side,
                  @RequestParam(required = false) Set<UUID> visitorIds, RedirectAttributes redirect) {
        try {
            int count = planning.assignRange(id, street, from, to, side, visitorIds);
            redirect.addFlashAttribute("assigned", count);
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/programmes/" + id + "/planning";
    }

    @PostMapping("/programmes/{id}/letters")
    ResponseEntity<byte[]> letters(@PathVariable UUID id, @RequestParam(required = false) String street,
                                   @RequestParam(required = false) AddressStatus status,
                                   @RequestParam(required = false) String q, @RequestParam LocalDate from,
                                   @RequestParam LocalDate to) {
        var ids = register.ids(id, new AddressFilter(status, street, q, false, null));
        return Downloads.attachment("aankondigingsbrieven.pdf", Downloads.PDF,
                documents.announcementLetters(id, ids, from, to));
    }

    @PostMapping("/addresses/{id}/correction")
    String correct(@PathVariable UUID id, @RequestParam AddressStatus status, @RequestParam(required = false) String reason,
                   RedirectAttributes redirect) {
        try {
            outreach.correctStatus(id, status, reason);
            redirect.addFlashAttribute("saved", "address.corrected");
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/addresses/" + id;
    }

}
