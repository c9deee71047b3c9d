package org.careergraph.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search for classes and read one class. */
@RestController
@RequestMapping("/api/classes")
@Validated
class ClassController {

    private final ClassSearch search;
    private final ClassCatalog catalog;

    ClassController(ClassSearch search, ClassCatalog catalog) {
        this.search = search;
        this.catalog = catalog;
    }

    @GetMapping
    List<ClassMatch> find(@RequestParam(required = false) @Size(max = 200) String q,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(500) int limit) {
        return q == null || q.isBlank() ? search.list(limit) : search.search(q, limit);
    }

    @GetMapping("/{id}")
    ClassDetail one(@PathVariable String id) {
        return catalog.detail(id).orElseThrow(() -> new UnknownClassException(id, search.search(id.replace('-', ' '), 5)));
    }
}
