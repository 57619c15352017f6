package nl.voordeur.meldcode.web;

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
import nl.voordeur.meldcode.Meldcode;
import nl.voordeur.meldcode.MeldcodeSummary;
import nl.voordeur.meldcode.MeldcodeView;
import nl.voordeur.meldcode.NewStep;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.Created;
import nl.voordeur.shared.web.PageQuery;

/** The meldcode over JSON: open a record, read it, record its steps, and the aandachtsfunctionaris' queue. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Meldcode")
class MeldcodeApiController {

    private final Meldcode meldcode;

    MeldcodeApiController(Meldcode meldcode) {
        this.meldcode = meldcode;
    }

    record OpenBody(UUID personId, String concern) {
    }

    @Operation(operationId = "openMeldcodeRecord", summary = "Open a meldcode record for a person in the household")
    @PostMapping(path = "/households/{id}/meldcode", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    Created open(@PathVariable UUID id, @RequestBody OpenBody body) {
        return new Created(meldcode.open(id, body.personId(), body.concern()));
    }

    @Operation(operationId = "listHouseholdMeldcodeRecords", summary = "List the household's meldcode records")
    @GetMapping("/households/{id}/meldcode")
    PageResult<MeldcodeSummary> ofHousehold(@PathVariable UUID id, @Valid PageQuery page) {
        return page.of(meldcode.forHousehold(id));
    }

    @Operation(operationId = "getMeldcodeRecord", summary = "Read a meldcode record with its steps")
    @GetMapping("/meldcode/{id}")
    MeldcodeView get(@PathVariable UUID id) {
        return meldcode.get(id);
    }

    @Operation(operationId = "recordMeldcodeStep", summary = "Record the next step of a meldcode record")
    @PostMapping(path = "/meldcode/{id}/steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    MeldcodeView step(@PathVariable UUID id, @RequestBody NewStep body) {
        return meldcode.recordStep(id, body);
    }

    @Operation(operationId = "listProgrammeMeldcodeRecords", summary = "List the programme's open meldcode records")
    @GetMapping("/programmes/{id}/meldcode")
    PageResult<MeldcodeSummary> queue(@PathVariable UUID id, @Valid PageQuery page) {
        return meldcode.listForSafetyOfficer(id, page.paging());
    }

    @Operation(operationId = "listMeldcodeQueue", summary = "List the open meldcode records of every programme where the caller is safety officer")
    @GetMapping("/meldcode")
    PageResult<MeldcodeSummary> queue(@Valid PageQuery page) {
        return meldcode.queue(page.paging());
    }
}
