package nl.voordeur.reporting.web;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import nl.voordeur.reporting.Reporting;

/** The programme dashboard: the funnel, rates against targets, profile, domains, partners, money and trend. */
@Controller
class DashboardController {

    private final Reporting reporting;

    DashboardController(Reporting reporting) {
        this.reporting = reporting;
    }

    @GetMapping("/programmes/{id}/dashboard")
    String dashboard(@PathVariable UUID id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     Model model) {
        boolean exact = reporting.exactFor(id);
        model.addAttribute("exact", exact);
        model.addAttribute("report", reporting.report(id, from, to));
        model.addAttribute("cells", new Cells(exact));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "reporting/dashboard";
    }

    /** Renders a count for this viewer: exact for the kernteam, "&lt;5" below five for the council. */
    public record Cells(boolean exact) {
        public String of(long count) {
            return !exact && count > 0 && count < 5 ? "<5" : String.valueOf(count);
        }

        /** Bar width in percent of the largest value, for the SVG charts. */
        public long width(long value, long max) {
            return max == 0 ? 0 : Math.round(100.0 * value / max);
        }
    }
}
