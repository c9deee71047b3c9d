package org.careergraph.pipeline;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The feeder pool of a class, beside the class itself under {@code /api/classes}; JSON or CSV. */
@RestController
@Validated
class FeederController {

    private final FeederPool pool;

    FeederController(FeederPool pool) {
        this.pool = pool;
    }

    @GetMapping(path = "/api/classes/{id}/feeders", produces = {"application/json", "text/csv"})
    FeederAnswer feeders(@PathVariable String id,
                         @RequestParam(defaultValue = "6") @Min(1) @Max(FeederPool.MAX_MOVES) int maxMoves) {
        return pool.feeders(id, maxMoves);
    }
}
