package nl.voordeur.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import nl.voordeur.audit.AuditEntryView;
import nl.voordeur.audit.AuditQuery;
import nl.voordeur.audit.AuditTrail;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    PageResult<AuditEntryView> search(@RequestParam(required = false) UUID personId,
                                      @RequestParam(required = false) UUID userId,
                                      @RequestParam(required = false) Instant from,
                                      @RequestParam(required = false) Instant to,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size) {
        return trail.search(new AuditQuery(personId, userId, from, to), Paging.of(page, size));
    }

    /** The same search as CSV (at most 100,000 entries, newest first); the export is audited. */
    @GetMapping(path = "/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) UUID personId,
                                  @RequestParam(required = false) UUID userId,
                                  @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to) {
        String csv = trail.export(new AuditQuery(personId, userId, from, to));
        return Downloads.attachment("auditlog.csv", Downloads.CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/verify")
    AuditTrail.ChainReport verify() {
        return trail.verifyChain();
    }
}
