package nl.voordeur.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import nl.voordeur.audit.AuditQuery;
import nl.voordeur.audit.AuditTrail;
import nl.voordeur.shared.DutchZone;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.web.Downloads;

/** The privacy officer's view of the audit log. */
@Controller
@RequestMapping("/audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    /** The entries of the current filter as a CSV download (audited as an export). */
    @GetMapping("/export.csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID userId,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String csv = trail.export(query(personId, userId, from, to));
        return Downloads.attachment("auditlog.csv", Downloads.CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    private static AuditQuery query(UUID personId, UUID userId, LocalDate from, LocalDate to) {
        return new AuditQuery(personId, userId,
                from == null ? null : from.atStartOfDay(DutchZone.ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(DutchZone.ZONE).toInstant());
    }

    @GetMapping
    String search(@RequestParam(required = false) UUID personId, @RequestParam(required = false) UUID userId,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                  @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("entries", trail.search(query(personId, userId, from, to), Paging.of(page, 50)));
        model.addAttribute("personId", personId);
        model.addAttribute("userId", userId);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("page", page == null ? 0 : page);
        return "audit/search";
    }
}

