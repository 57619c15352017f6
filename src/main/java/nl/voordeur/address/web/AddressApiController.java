package nl.voordeur.address.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.UUID;

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

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
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
import nl.voordeur.shared.Paging;

@RestController
@RequestMapping("/api/v1")
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
     * Body: the CSV file as {@code text/csv}. With dryRun=true nothing is changed. An import is all or
     * nothing: a file with rejected rows, or one that takes visited addresses or a large share of the
     * list out of scope, is refused with 422 unless the matching choice is made.
     */
    @PostMapping(path = "/programmes/{id}/addresses/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportSummary importAddresses(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean dryRun,
                                  @Parameter(description = "import only the valid rows of a file with rejected rows")
                                  @RequestParam(defaultValue = "false") boolean onlyValid,
                                  @Parameter(description = "confirm taking the addresses the preview names out of scope")
                                  @RequestParam(defaultValue = "false") boolean confirmRemoval,
                                  HttpServletRequest request) throws IOException {
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

    @GetMapping("/programmes/{id}/addresses")
    PageResult<AddressView> list(@PathVariable UUID id, @RequestParam(required = false) AddressStatus status,
                                 @RequestParam(required = false) String street,
                                 @RequestParam(required = false) String q,
                                 @RequestParam(defaultValue = "false") boolean outOfScope,
                                 @RequestParam(required = false) UUID visitor,
                                 @RequestParam(required = false) Integer page,
                                 @RequestParam(required = false) Integer size) {
        return register.list(id, new AddressFilter(status, street, q, outOfScope, visitor), Paging.of(page, size));
    }

    @GetMapping("/addresses/{id}")
    AddressDetail get(@PathVariable UUID id) {
        return register.detail(id);
    }

    /** Who owns the dwelling: {@code corporationId}, or {@code corporationOwned} false (none) or true (not known yet). */
    record OwnerBody(UUID corporationId, Boolean corporationOwned) {
    }

    @PutMapping("/addresses/{id}/corporation")
    DwellingOwner setOwner(@PathVariable UUID id, @RequestBody OwnerBody body) {
        return owners.change(id, body.corporationId(), body.corporationOwned());
    }
}
