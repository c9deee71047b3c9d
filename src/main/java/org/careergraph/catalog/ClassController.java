package org.careergraph.catalog;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.careergraph.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search for classes and read one class. */
@RestController
@RequestMapping("/api/classes")
class ClassController {

    private final ClassSearch search;

    private final ClassCatalog catalog;

    private final ClassProfiles profiles;

    ClassController(ClassSearch search, ClassCatalog catalog, ClassProfiles profiles) {
        this.search = search;
        this.catalog = catalog;
        this.profiles = profiles;
    }

    @GetMapping
    @Operation(operationId = "searchClasses", summary = "Search classes by title, forgiving case, punctuation, "
            + "word order, typos and shorthand; without q, list the classes ladder by ladder")
    List<ClassMatch> find(
            @Parameter(description = "words of the title, e.g. director level 3") @RequestParam(required = false) @Size(
                    max = 200) String q,
            @Parameter(description = "at most this many classes") @RequestParam(
                    defaultValue = "20") @Min(1) @Max(500) int limit) {
        return q == null || q.isBlank() ? search.list(limit) : search.search(q, limit);
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getClass",
            summary = "One class: requirements as stated, provenance and every move " + "in and out")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class has this id; the problem lists suggestions")
    ClassDetail one(
            @Parameter(description = "class id, e.g. mshp-network-operations-manager") @PathVariable String id) {
        return catalog.detail(id)
            .orElseThrow(() -> new UnknownClassException(id, search.search(id.replace('-', ' '), 5)));
    }

    /**
     * What the class named by {@code with} requires and states that this one does not,
     * what both do, and the rest.
     */
    @GetMapping("/{id}/compare")
    @Operation(operationId = "compareClasses",
            summary = "What changes from one class to another: what the second requires or states that the first "
                    + "does not, what both state, and what only the first states, each with its source line")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that id or title; the problem lists suggestions")
    ClassComparison compare(@PathVariable @Size(max = 200) String id,
            @RequestParam @NotBlank @Size(max = 200) String with) {
        List<ClassMatch> ends = search.resolveAll(List.of(id, with));
        if (ends.get(0).id().equals(ends.get(1).id())) {
            throw ProblemException.badRequest(
                    "'" + id + "' and 'with' both name " + ends.get(0).title() + "; choose two different classes");
        }
        Map<String, StatedProfile> read = profiles.read(List.of(ends.get(0).id(), ends.get(1).id()));
        return new ClassComparison(ends.get(0), ends.get(1),
                ClassChanges.between(read.get(ends.get(0).id()), read.get(ends.get(1).id())));
    }

}
