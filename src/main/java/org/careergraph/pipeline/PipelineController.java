package org.careergraph.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pipeline questions HR asks of the whole ladder: where it narrows, and who will be
 * where in N years.
 */
@RestController
@RequestMapping(path = "/api/pipeline", produces = { "application/json", "text/csv" })
class PipelineController {

    private final Bottlenecks bottlenecks;

    private final Projections projections;

    PipelineController(Bottlenecks bottlenecks, Projections projections) {
        this.bottlenecks = bottlenecks;
        this.projections = projections;
    }

    /**
     * @param top classes to count routes to (ids or titles, repeatable); the tops of the
     * ladders by default
     */
    @GetMapping("/bottlenecks")
    @Operation(operationId = "findBottlenecks",
            summary = "Where the promotion graph narrows: routes through each "
                    + "class, betweenness, and classes fed by a single class; ?format=csv for a spreadsheet")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "A top names no class; the problem lists suggestions")
    BottleneckAnswer bottlenecks(@Parameter(description = "classes to count routes to (ids or titles, repeatable); "
            + "the tops of the ladders by default") @RequestParam(
                    required = false) @Size(max = 100) List<@NotBlank @Size(max = 200) String> top) {
        return bottlenecks.find(top == null ? List.of() : top);
    }

    @PostMapping("/projection")
    @Operation(operationId = "projectHeadcounts",
            summary = "Manpower projection year by year (Markov chain), with "
                    + "reach probabilities for a target and an optional what-if beside the baseline; computes without "
                    + "writing, so it needs no sign-in; ?format=csv for a spreadsheet")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404",
            description = "A class named in the request is unknown; the problem lists " + "suggestions")
    ProjectionAnswer projection(@Valid @RequestBody ProjectionRequest request) {
        return projections.project(request);
    }

}
