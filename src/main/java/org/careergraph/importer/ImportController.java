package org.careergraph.importer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import org.careergraph.web.ApiDocumentation;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reloads the seed documents on request, e.g. after HR edited a reviewed file. */
@RestController
@RequestMapping("/api/import")
class ImportController {

    private final DocumentImporter importer;

    ImportController(DocumentImporter importer) {
        this.importer = importer;
    }

    @PostMapping("/seeds")
    @Operation(operationId = "reloadSeeds", summary = "Reload the seed documents and reviewed CSV files",
            security = @SecurityRequirement(name = ApiDocumentation.HR_SIGN_IN))
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = "A document cannot be read; the problem names the file, the "
            + "line and why, and nothing was changed")
    ImportReport reloadSeeds() {
        return importer.importSeeds();
    }

}
