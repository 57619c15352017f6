package nl.voordeur.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.voordeur.audit.AuditEntryView;
import nl.voordeur.audit.AuditQuery;
import nl.voordeur.audit.AuditTrail;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.Paging;
import nl.voordeur.shared.web.Downloads;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1/audit", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Audit")
class AuditApiController {

    private final AuditTrail trail;

    AuditApiController(AuditTrail trail) {
        this.trail = trail;
    }

    @Operation(operationId = "searchAuditLog", summary = "Search the audit log")
    @GetMapping
    PageResult<AuditEntryView> search(@RequestParam(required = false) UUID personId,
                                      @RequestParam(required = false) UUID userId,
                                      @RequestParam(required = false) Instant from,
                                      @RequestParam(required = false) Instant to,
                                      @Valid PageQuery page) {
        return trail.search(new AuditQuery(personId, userId, from, to), page.paging());
    }

    /** The same search as CSV (at most 100,000 entries, newest first); the export is audited. */
    @Operation(operationId = "exportAuditLog", summary = "Export an audit log search as CSV")
    @GetMapping(path = "/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@RequestParam(required = false) UUID personId,
                                  @RequestParam(required = false) UUID userId,
                                  @RequestParam(required = false) Instant from,
                                  @RequestParam(required = false) Instant to) {
        String csv = trail.export(new AuditQuery(personId, userId, from, to));
        return Downloads.attachment("auditlog.csv", Downloads.CSV, csv.getBytes(StandardCharsets.UTF_8));
    }

    @Operation(operationId = "verifyAuditChain", summary = "Verify the audit log's hash chains")
    @GetMapping("/verify")
    AuditTrail.ChainReport verify() {
        return trail.verifyChain();
    }
}
