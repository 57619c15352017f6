package nl.voordeur.programme.web;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.voordeur.programme.ProgrammeManagement;
import nl.voordeur.programme.ProgrammeView;
import nl.voordeur.programme.RoleGrantReviews;
import nl.voordeur.programme.RoleGrantReviews.RoleGrantView;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Flash;
import nl.voordeur.shared.web.PageQuery;

/** Roltoekenningen: the privacy officer's review of grants that open residents' files (page and API). */
@Controller
@Tag(name = "Role grants")
class RoleGrantController {

    private final RoleGrantReviews reviews;
    private final ProgrammeManagement programmes;

    RoleGrantController(RoleGrantReviews reviews, ProgrammeManagement programmes) {
        this.reviews = reviews;
        this.programmes = programmes;
    }

    @GetMapping("/role-grants")
    String page(Model model) {
        var grants = reviews.unreviewed();
        Map<UUID, String> names = programmes.visible().stream().collect(Collectors.toMap(ProgrammeView::id, ProgrammeView::name));
        model.addAttribute("grants", grants);
        model.addAttribute("programmeNames", names);
        return "programme/role-grants";
    }

    @PostMapping("/role-grants/{grantId}/review")
    String reviewed(@PathVariable UUID grantId, RedirectAttributes redirect) {
        Flash.attempt(redirect, "roleGrant.reviewed", () -> reviews.review(grantId));
        return "redirect:/role-grants";
    }

    @Operation(operationId = "listUnreviewedRoleGrants", summary = "List the role grants that open residents' files and wait for review")
    @GetMapping(path = "/api/v1/role-grants", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    PageResult<RoleGrantView> unreviewed(@Valid PageQuery page) {
        return page.of(reviews.unreviewed());
    }

    @Operation(operationId = "reviewRoleGrant", summary = "Mark a role grant as reviewed")
    @PostMapping(path = "/api/v1/role-grants/{grantId}/review", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable UUID grantId) {
        reviews.review(grantId);
    }
}
