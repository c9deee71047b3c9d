package org.careergraph.importer;

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
    ImportReport reloadSeeds() {
        return importer.importSeeds();
    }
}
