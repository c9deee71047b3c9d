package org.careergraph.routes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.careergraph.observed.Period;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** One move at a time: the next moves from a class, and everything within a few moves. */
@RestController
@RequestMapping("/api/classes/{id}")
@Validated
class MoveController {

    private final MoveExplorer explorer;

    MoveController(MoveExplorer explorer) {
        this.explorer = explorer;
    }

    /** @param fromYear, toYear the years of recorded history to count, both included; all by default */
    @GetMapping("/next")
    NextMoves next(@PathVariable String id, @RequestParam(required = false) Integer fromYear,
                   @RequestParam(required = false) Integer toYear) {
        return explorer.next(id, Period.of(fromYear, toYear, "fromYear", "toYear"));
    }

    @GetMapping("/reachable")
    List<ReachableClass> reachable(@PathVariable String id,
                                   @RequestParam(defaultValue = "3") @Min(1) @Max(6) int maxMoves) {
        return explorer.reachable(id, maxMoves);
    }
}
