package nl.voordeur.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.reporting.Disclosure;
import nl.voordeur.reporting.ReportDocuments;
import nl.voordeur.reporting.ReportTexts;
import nl.voordeur.shared.DomainRuleViolated;
import nl.voordeur.shared.PlausibleYear;
import nl.voordeur.reporting.Reporting;
import nl.voordeur.shared.web.Downloads;

/** The programme dashboard: the funnel, rates against targets, profile, domains, partners, money and trend. */
@Controller
class DashboardController {

    private final Reporting reporting;
    private final ReportDocuments documents;
    private final ReportTexts texts;
    private final ProgrammeManagement programmes;
    private final Clock clock;

    DashboardController(Reporting reporting, ReportDocuments documents, ReportTexts texts,
                        ProgrammeManagement programmes, Clock clock) {
        this.programmes = programmes;
        this.clock = clock;
        this.reporting = reporting;
        this.documents = documents;
        this.texts = texts;
    }

    @GetMapping("/compare")
    String compare(@RequestParam String municipality, Model model) {
        model.addAttribute("municipality", municipality);
        model.addAttribute("columns", reporting.compare(municipality));
        model.addAttribute("exactCells", new Disclosure.Cells(true));
        model.addAttribute("councilCells", new Disclosure.Cells(false));
        return "reporting/compare";
    }

    @GetMapping("/programmes/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @PlausibleYear Integer year) {
        return Downloads.attachment("verantwoording.pdf", Downloads.PDF, documents.pdf(id, year));
    }

    @GetMapping("/programmes/{id}/report.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable UUID id, @RequestParam(required = false) @PlausibleYear Integer year) {
        return Downloads.attachment("verantwoording.xlsx", Downloads.XLSX, documents.xlsx(id, year));
    }

    @PostMapping("/programmes/{id}/report-text")
    String saveText(@PathVariable UUID id, @RequestParam @PlausibleYear int year, @RequestParam(required = false) String conclusions,
                    @RequestParam(required = false) String stories,
                    RedirectAttributes redirect) {
        try {
            texts.save(id, year, conclusions, stories);
            redirect.addFlashAttribute("saved", "report.textSaved");
        } catch (DomainRuleViolated e) {
            redirect.addFlashAttribute("problem", e);
        }
        return "redirect:/programmes/" + id + "/dashboard?year=" + year;
    }

    @GetMapping("/programmes/{id}/dashboard")
    String dashboard(@PathVariable UUID id,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                     @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                     @RequestParam(required = false) @PlausibleYear Integer year, Model model) {
        boolean exact = reporting.exactFor(id);
        if (!exact && year != null) {
            // the council chooses whole years: a period of its own choice would let small differences show
            from = LocalDate.of(year, 1, 1);
            to = LocalDate.of(year, 12, 31);
        }
        var programme = programmes.get(id);
        var years = ProgrammeYears.of(programme.startDate(), programme.endDate(), LocalDate.now(clock));
        Integer lastComplete = years.lastComplete();
        int textYear = year != null ? year : (from != null ? from.getYear()
                : lastComplete != null ? lastComplete : LocalDate.now(clock).getYear());
        model.addAttribute("year", textYear);
        model.addAttribute("years", years.all());
        // the report documents default to the last complete programme year (or the whole period, if none)
        model.addAttribute("reportYear", year != null ? year : lastComplete);
        if (exact) model.addAttribute("text", texts.get(id, textYear));
        model.addAttribute("exact", exact);
        var exactReport = reporting.report(id, from, to);
        var report = exact ? exactReport : Disclosure.of(exactReport);
        model.addAttribute("report", report);
        model.addAttribute("trendMax", Math.max(1, report.trend().stream().mapToLong(m -> m.visits()).max().orElse(1)));
        model.addAttribute("municipality", reporting.municipalityOf(id));
        model.addAttribute("cells", new Disclosure.Cells(exact));
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "reporting/dashboard";
    }
}
