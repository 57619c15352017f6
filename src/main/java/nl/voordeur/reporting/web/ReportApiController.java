package nl.voordeur.reporting.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.voordeur.reporting.Report;
import nl.voordeur.reporting.ReportDocuments;
import nl.voordeur.shared.PlausibleYear;
import nl.voordeur.reporting.Reporting;
import nl.voordeur.shared.web.Downloads;

@RestController
@RequestMapping(path = "/api/v1/programmes/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Reports")
class ReportApiController {

    /** The figures as the council sees them (see Disclosure): only the shape differs, so it is described in words. */
    @Schema(name = "CouncilReport", type = "object", description = "The report's figures as the council sees them: "
            + "every count under 5, and any count from which one could be derived, is the text \"<5\"; a rate over "
            + "a hidden count is null.")
    interface CouncilReport {
    }

    private final Reporting reporting;
    private final ReportDocuments documents;

    ReportApiController(Reporting reporting, ReportDocuments documents) {
        this.reporting = reporting;
        this.documents = documents;
    }

    @Operation(operationId = "getReportPdf", summary = "Print the yearly accountability report as PDF")
    @GetMapping(path = "/report.pdf", produces = Downloads.PDF)
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @PlausibleYear Integer year) {
        return Downloads.attachment("verantwoording.pdf", Downloads.PDF, documents.pdf(id, year));
    }

    @Operation(operationId = "getReportXlsx", summary = "Export the yearly accountability report as Excel")
    @GetMapping(path = "/report.xlsx", produces = Downloads.XLSX)
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) @PlausibleYear Integer year) {
        return Downloads.attachment("verantwoording.xlsx", Downloads.XLSX, documents.xlsx(id, year));
    }


    /** Exact figures for the kernteam; for the council, counts as Disclosure shows them ("<5", else rounded to 5). */
    @Operation(operationId = "getReport", summary = "Read the programme's figures over a period")
    @ApiResponse(responseCode = "200", description = "The exact figures for the kernteam, or the council's view",
            content = @Content(schema = @Schema(anyOf = {Report.class, CouncilReport.class})))
    @GetMapping("/report")
    Object report(@PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reporting.view(id, from, to);
    }
}
