package nl.voordeur.household.web;

import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.voordeur.household.HousingRemarks;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

/** The housing corporation's list of maintenance remarks and housing wishes (page and API). */
@Controller
@Tag(name = "Households")
class HousingRemarkController {

    private final HousingRemarks remarks;
    private final ProgrammeManagement programmes;

    HousingRemarkController(HousingRemarks remarks, ProgrammeManagement programmes) {
        this.remarks = remarks;
        this.programmes = programmes;
    }

    @GetMapping("/programmes/{id}/housing-remarks")
    String page(@PathVariable UUID id, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("remarks", remarks.forCorporation(id));
        return "household/housing-remarks";
    }

    @Operation(operationId = "listHousingRemarks", summary = "List the housing remarks on the corporation's dwellings")
    @GetMapping(path = "/api/v1/programmes/{id}/housing-remarks", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PageResult<HousingRemarks.Remark> api(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(remarks.forCorporation(id));
    }
}
