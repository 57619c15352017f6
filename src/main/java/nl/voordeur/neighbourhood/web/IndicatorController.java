package nl.voordeur.neighbourhood.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.voordeur.neighbourhood.AreaIndicators;
import nl.voordeur.neighbourhood.Direction;
import nl.voordeur.neighbourhood.IndicatorDetails;
import nl.voordeur.neighbourhood.YearValue;
import nl.voordeur.programme.ProgrammeManagement;

/** The programme's area indicators as pages: the list with the forms to add and import, and one indicator to edit. */
@Controller
@RequestMapping("/programmes/{id}/indicators")
class IndicatorController {

    private final AreaIndicators indicators;
    private final ProgrammeManagement programmes;

    IndicatorController(AreaIndicators indicators, ProgrammeManagement programmes) {
        this.indicators = indicators;
        this.programmes = programmes;
    }

    /** The indicator form: numbers as typed ("12,5"), checked by the service. */
    record IndicatorForm(String name, String unit, Direction direction, String baselineYear, String baselineValue,
                         String baselineSource, Integer version) implements java.io.Serializable {
        IndicatorDetails toDetails() {
            return new IndicatorDetails(name, unit, direction, PageNumbers.whole(baselineYear, "baselineYear", "error.year.range"),
                    PageNumbers.decimal(baselineValue, "baselineValue"), baselineSource, null);
        }
    }

    record ValueForm(String year, String value, String source, Integer version) implements java.io.Serializable {
        YearValue toValue() {
            Integer y = PageNumbers.whole(year, "year", "error.year.range");
            return new YearValue(y == null ? 0 : y, PageNumbers.decimal(value, "value"), source); // 0: refused as no year
        }
    }

    @GetMapping
    String list(@PathVariable UUID id, Model model) {
        model.addAttribute("indicators", indicators.list(id));
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("editable", indicators.editable(id));
        model.addAttribute("directions", Direction.values());
        return "neighbourhood/indicators";
    }

    @PostMapping
    String create(@PathVariable UUID id, @ModelAttribute IndicatorForm form, RedirectAttributes redirect) {
        Attempt.run(redirect, "indicator.saved", form, () -> indicators.create(id, form.toDetails()));
        return "redirect:/programmes/" + id + "/indicators";
    }

    @PostMapping("/import")
    String importValues(@PathVariable UUID id, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        Attempt.run(redirect, "indicator.imported", null, () -> indicators.importCsv(id, csv));
        return "redirect:/programmes/" + id + "/indicators";
    }

    @GetMapping("/{indicatorId}")
    String show(@PathVariable UUID id, @PathVariable UUID indicatorId, Model model) {
        model.addAttribute("indicator", indicators.get(id, indicatorId));
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("editable", indicators.editable(id));
        model.addAttribute("directions", Direction.values());
        return "neighbourhood/indicator";
    }

    @PostMapping("/{indicatorId}")
    String update(@PathVariable UUID id, @PathVariable UUID indicatorId, @ModelAttribute IndicatorForm form,
                  RedirectAttributes redirect) {
        Attempt.run(redirect, "indicator.saved", form,
                () -> indicators.update(id, indicatorId, form.version() == null ? -1 : form.version(), form.toDetails()));
        return "redirect:/programmes/" + id + "/indicators/" + indicatorId;
    }

    @PostMapping("/{indicatorId}/values")
    String recordValue(@PathVariable UUID id, @PathVariable UUID indicatorId, @ModelAttribute ValueForm form,
                       RedirectAttributes redirect) {
        Attempt.run(redirect, "indicator.valueSaved", form,
                () -> indicators.recordValue(id, indicatorId, form.version() == null ? -1 : form.version(), form.toValue()));
        return "redirect:/programmes/" + id + "/indicators/" + indicatorId;
    }

    @PostMapping("/{indicatorId}/values/remove")
    String removeValue(@PathVariable UUID id, @PathVariable UUID indicatorId, @RequestParam int year,
                       @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        Attempt.run(redirect, "indicator.valueRemoved", null, () -> indicators.removeValue(id, indicatorId, version, year));
        return "redirect:/programmes/" + id + "/indicators/" + indicatorId;
    }

    @PostMapping("/{indicatorId}/remove")
    String remove(@PathVariable UUID id, @PathVariable UUID indicatorId, RedirectAttributes redirect) {
        Attempt.run(redirect, "indicator.removed", null, () -> indicators.delete(id, indicatorId));
        return "redirect:/programmes/" + id + "/indicators";
    }
}
