package org.careergraph.observed;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where people actually go, beside the ladder on paper: recorded moves, de facto moves,
 * moves nobody made.
 */
@RestController
@RequestMapping(path = "/api/pipeline", produces = { "application/json", "text/csv" })
class ObservedMovesController {

    private final ObservedMoves observed;

    ObservedMovesController(ObservedMoves observed) {
        this.observed = observed;
    }

    /**
     * @param from the first year, inclusive; the first recorded year by default
     * @param to the last year, inclusive; the last recorded year by default
     * @param agency an agency code: moves from or to its classes
     * @param id a class id or title: moves from or to it
     */
    @GetMapping("/observed-moves")
    @Operation(operationId = "observedMoves",
            summary = "Where people actually went: every recorded move with people per year and shares, the de "
                    + "facto moves no document lists, and the documented moves nobody made")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No agency or class by that name; the problem lists suggestions")
    ObservedMovesAnswer observedMoves(@RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(required = false) @Size(min = 1, max = 100) String agency,
            @RequestParam(name = "class", required = false) @Size(min = 1, max = 200) String id) {
        return observed.find(Period.of(from, to, "from", "to"), agency, id);
    }

}
