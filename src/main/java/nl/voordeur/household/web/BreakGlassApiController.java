package nl.voordeur.household.web;

import java.time.Instant;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.voordeur.household.BreakGlassGround;
import nl.voordeur.household.BreakGlassView;
import nl.voordeur.household.EmergencyAccess;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Break-glass")
class BreakGlassApiController {

    private final EmergencyAccess emergency;

    BreakGlassApiController(EmergencyAccess emergency) {
        this.emergency = emergency;
    }

    /** Why: one of the grounds, and in words what is going on (at least 20 characters). */
    record ReasonBody(@NotNull BreakGlassGround ground, @NotBlank @Size(max = 1000) String reason) {
    }

    record Granted(Instant expiresAt) {
    }

    /** Opens a household's file in an emergency for three hours; the reason is mandatory. */
    @Operation(operationId = "openBreakGlass", summary = "Open a household's file in an emergency, with a reason")
    @PostMapping(path = "/api/v1/households/{id}/break-glass", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Granted open(@PathVariable UUID id, @Valid @RequestBody ReasonBody body) {
        return new Granted(emergency.open(id, body.ground(), body.reason()));
    }

    /** Emergency grants the privacy officer has not reviewed yet. */
    @Operation(operationId = "listUnreviewedBreakGlass", summary = "List the emergency grants that wait for review")
    @GetMapping("/api/v1/break-glass")
    PageResult<BreakGlassView> unreviewed(@Valid PageQuery page) {
        return page.of(emergency.unreviewed());
    }

    @Operation(operationId = "reviewBreakGlass", summary = "Mark an emergency grant as reviewed")
    @PostMapping("/api/v1/break-glass/{grantId}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable UUID grantId) {
        emergency.review(grantId);
    }
}
