package nl.voordeur.reporting.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.tags.Tag;
import nl.voordeur.shared.PlausibleYear;
import nl.voordeur.reporting.Reporting;
import nl.voordeur.shared.web.Downloads;

@RestController
@RequestMapping("/api/v1/programmes/{id}")
@Tag(name = "Reports")
class ReportApiController {

    private final Reporting reporting;
    private final nl.voordeur.reporting.ReportDocuments documents;

    ReportApiController(Reporting reporting, nl.voordeur.reporting.ReportDocuments documents) {
        this.reporting = reporting;
        this.documents = documents;
    }

    @GetMapping("/report.pdf")
    org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @PlausibleYear Integer year) {
        return Downloads.attachment("verantwoording.pdf", Downloads.PDF, documents.pdf(id, year));
    }

    @GetMapping("/report.xlsx")
    org.springframework.http.ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) @PlausibleYear Integer year) {
        return Downloads.attachment("verantwoording.xlsx", Downloads.XLSX, documents.xlsx(id, year));
    }


    /** Exact figures for the kernteam; for the council, counts under 5 as "<5" (see Suppression). */
    @GetMapping("/report")
    Object report(@PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reporting.view(id, from, to);
    }
}
