package nl.voordeur.address.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import nl.voordeur.address.AddressDetail;
import nl.voordeur.address.AddressFilter;
import nl.voordeur.address.AddressImport;
import nl.voordeur.address.AddressProperties;
import nl.voordeur.address.AddressRegister;
import nl.voordeur.address.AddressStatus;
import nl.voordeur.address.AddressView;
import nl.voordeur.address.CorporationOwners;
import nl.voordeur.address.DwellingOwner;
import nl.voordeur.address.ImportChoice;
import nl.voordeur.address.ImportRefused;
import nl.voordeur.address.ImportSummary;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Addresses")
class AddressApiController {

    private final AddressImport imports;
    private final AddressRegister register;
    private final CorporationOwners owners;
    private final AddressProperties properties;
    private final MessageSource messages;

    AddressApiController(AddressImport imports, AddressRegister register, CorporationOwners owners,
                         AddressProperties properties, MessageSource messages) {
        this.imports = imports;
        this.register = register;
        this.owners = owners;
        this.properties = properties;
        this.messages = messages;
    }

    /**
     * Body: the CSV file as {@code text/csv}, up to {@code voordeur.address.import-max-bytes}. With dryRun=true
     * nothing is changed. The caller's role is checked before the body is read. An import is all or
     * nothing: a file with rejected rows, or one that takes visited addresses or a large share of the
     * list out of scope, is refused with 422 unless the matching choice is made.
     */
    @Operation(operationId = "importAddresses", summary = "Import the programme's address list from CSV; a dry run unless dryRun=false",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The address list: a header row, comma- or semicolon-separated, UTF-8 with or without BOM.",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))}))
    @PostMapping(path = "/programmes/{id}/addresses/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportSummary importAddresses(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean dryRun,
                                  @Parameter(description = "import only the valid rows of a file with rejected rows")
                                  @RequestParam(defaultValue = "false") boolean onlyValid,
                                  @Parameter(description = "confirm taking the addresses the preview names out of scope")
                                  @RequestParam(defaultValue = "false") boolean confirmRemoval,
                                  HttpServletRequest request) throws IOException {
        imports.requireImporter(id);
        byte[] content = BoundedBody.read(request.getInputStream(), properties.importMaxBytes());
        return dryRun ? imports.preview(id, content)
                : imports.importNow(id, content, new ImportChoice(onlyValid, confirmRemoval));
    }

    /** A refused import as problem details, with what it would have done and every rejected line. */
    @ExceptionHandler(ImportRefused.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    ProblemDetail refused(ImportRefused e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(e, locale));
        problem.setType(URI.create("about:blank"));
        ImportSummary summary = e.summary();
        problem.setProperty("field", e.field());
        problem.setProperty("valid", summary.valid());
        problem.setProperty("invalid", summary.invalid());
        problem.setProperty("added", summary.added());
        problem.setProperty("unchanged", summary.unchanged());
        problem.setProperty("removed", summary.removed());
        problem.setProperty("removedVisited", summary.removedVisited());
        problem.setProperty("inScopeBefore", summary.inScopeBefore());
        problem.setProperty("confirmRemovalRequired", summary.confirmRemovalRequired());
        problem.setProperty("errors", summary.errors());
        return problem;
    }

    @Operation(operationId = "listAddresses", summary = "List the programme's addresses, filtered")
    @GetMapping("/programmes/{id}/addresses")
    PageResult<AddressView> list(@PathVariable UUID id, @RequestParam(required = false) AddressStatus status,
                                 @RequestParam(required = false) String street,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "false") boolean outOfScope,
                                 @RequestParam(required = false) UUID visitor,
                                 @Valid PageQuery page) {
        return register.list(id, new AddressFilter(status, street, q, outOfScope, visitor), page.paging());
    }

    @Operation(operationId = "getAddress", summary = "Read an address with its history")
    @GetMapping("/addresses/{id}")
    AddressDetail get(@PathVariable UUID id) {
        return register.detail(id);
    }

    /** Who owns the dwelling: {@code corporationId}, or {@code corporationOwned} false (none) or true (not known yet). */
    record OwnerBody(UUID corporationId, Boolean corporationOwned) {
    }

    @Operation(operationId = "setDwellingOwner", summary = "Record which housing corporation owns the dwelling")
    @PutMapping(path = "/addresses/{id}/corporation", consumes = MediaType.APPLICATION_JSON_VALUE)
    DwellingOwner setOwner(@PathVariable UUID id, @Valid @RequestBody OwnerBody body) {
        return owners.change(id, body.corporationId(), body.corporationOwned());
    }
}
