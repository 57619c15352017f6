package nl.voordeur.address.web;

import java.io.IOException;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
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
import nl.voordeur.address.ImportSummary;
import nl.voordeur.shared.PageResult;
import nl.voordeur.shared.web.PageQuery;

@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Addresses")
class AddressApiController {

    private final AddressImport imports;
    private final AddressRegister register;
    private final AddressProperties properties;

    AddressApiController(AddressImport imports, AddressRegister register, AddressProperties properties) {
        this.imports = imports;
        this.register = register;
        this.properties = properties;
    }

    /**
     * Body: the CSV file as {@code text/csv}, up to {@code voordeur.address.import-max-bytes}. With dryRun=true
     * nothing is changed. The caller's role is checked before the body is read.
     */
    @Operation(operationId = "importAddresses", summary = "Import the programme's address list from CSV; a dry run unless dryRun=false",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    description = "The address list: a header row, comma- or semicolon-separated, UTF-8 with or without BOM.",
                    content = {@Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))}))
    @PostMapping(path = "/programmes/{id}/addresses/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    ImportSummary importAddresses(@PathVariable UUID id, @RequestParam(defaultValue = "true") boolean dryRun,
                                  HttpServletRequest request) throws IOException {
        imports.requireImporter(id);
        byte[] content = BoundedBody.read(request.getInputStream(), properties.importMaxBytes());
        return dryRun ? imports.preview(id, content) : imports.importNow(id, content);
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
}
