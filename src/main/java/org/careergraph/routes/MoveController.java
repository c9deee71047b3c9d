package org.careergraph.routes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.careergraph.observed.Period;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One move at a time: the next moves from a class, and everything within a few moves. */
@RestController
@RequestMapping("/api/classes/{id}")
class MoveController {

    private final MoveExplorer explorer;

    MoveController(MoveExplorer explorer) {
        this.explorer = explorer;
    }

    /**
     * @param fromYear, toYear the years of recorded history to count, both included; all
     * by default
     */
    @GetMapping("/next")
    @Operation(operationId = "nextMoves", summary = "The moves out of a class, by kind of move")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that id or title; the problem lists suggestions")
    NextMoves next(@Parameter(description = "class id or title") @PathVariable String id,
            @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear) {
        return explorer.next(id, Period.of(fromYear, toYear, "fromYear", "toYear"));
    }

    @GetMapping("/reachable")
    @Operation(operationId = "reachableClasses", summary = "Every class within a few moves of a class")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that id or title; the problem lists suggestions")
    List<ReachableClass> reachable(@Parameter(description = "class id or title") @PathVariable String id,
            @Parameter(description = "at most this many moves away") @RequestParam(
                    defaultValue = "3") @Min(1) @Max(6) int maxMoves) {
        return explorer.reachable(id, maxMoves);
    }

}
