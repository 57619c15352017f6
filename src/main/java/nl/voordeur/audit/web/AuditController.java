package nl.voordeur.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.voordeur.audit.AuditQuery;
import nl.voordeur.audit.AuditTrail;
import nl.voordeur.shared.Paging;

/** The privacy officer's view of the audit log. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String search(@RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID userId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Integer page, Model model) {
        var query = new AuditQuery(personId, userId,
                from == null ? null : from.atStartOfDay(AMSTERDAM).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(AMSTERDAM).toInstant());
        model.addAttribute("entries", trail.search(query, Paging.of(page, 50)));
        model.addAttribute("personId", personId);
        model.addAttribute("userId", userId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", page == null ? 0 : page);
        return "audit/search";
    }
}

