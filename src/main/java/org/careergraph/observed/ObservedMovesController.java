package org.careergraph.observed;

import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
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
@Validated
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
    ObservedMovesAnswer observedMoves(@RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            @RequestParam(required = false) @Size(min = 1, max = 100) String agency,
            @RequestParam(name = "class", required = false) @Size(min = 1, max = 200) String id) {
        return observed.find(Period.of(from, to, "from", "to"), agency, id);
    }

}
