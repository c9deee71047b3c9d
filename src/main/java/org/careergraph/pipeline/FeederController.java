package org.careergraph.pipeline;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feeder pool of a class, beside the class itself under {@code /api/classes}; JSON or
 * CSV.
 */
@RestController
class FeederController {

    private final FeederPool pool;

    FeederController(FeederPool pool) {
        this.pool = pool;
    }

    @GetMapping(path = "/api/classes/{id}/feeders", produces = { "application/json", "text/csv" })
    @Operation(operationId = "feederPool", summary = "Every class that can reach this one in at most maxMoves "
            + "moves, with its shortest route and headcount, and the bench strength by distance; ?format=csv for "
            + "a spreadsheet")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that id or title; the problem lists suggestions")
    FeederAnswer feeders(@Parameter(description = "class id or title") @PathVariable String id,
            @Parameter(description = "how far the feeder pool reaches") @RequestParam(
                    defaultValue = "6") @Min(1) @Max(FeederPool.MAX_MOVES) int maxMoves) {
        return pool.feeders(id, maxMoves);
    }

}
