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
import nl.voordeur.reporting.Reporting;

@RestController
@RequestMapping("/api/v1/programmes/{id}")
@Tag(name = "Reports")
class ReportApiController {

    private final Reporting reporting;

    ReportApiController(Reporting reporting) {
        this.reporting = reporting;
    }

    /** Exact figures for the kernteam; for the council, counts under 5 as "<5" (see Suppression). */
    @GetMapping("/report")
    Object report(@PathVariable UUID id,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return reporting.view(id, from, to);
    }
}
