package org.careergraph.explorer;

import java.util.List;
import org.careergraph.explorer.FocusSummary.AgencySummary;
import org.careergraph.explorer.FocusSummary.FamilySummary;
import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the explorer page the pieces of the graph it draws: what to focus on, and the ladder in focus. */
@RestController
@RequestMapping("/api/graph")
class LadderController {

    private final LadderExplorer explorer;

    LadderController(LadderExplorer explorer) {
        this.explorer = explorer;
    }

    /** {@code GET /api/graph?agency=mshp&family=mshp-it-management&include=id&ladders=true&limit=200} */
    @GetMapping
    Ladder ladder(@RequestParam(name = "agency", required = false) List<String> agencies,
                  @RequestParam(name = "family", required = false) List<String> families,
                  @RequestParam(required = false) List<String> include,
                  @RequestParam(defaultValue = "false") boolean ladders,
                  @RequestParam(defaultValue = "" + LadderFocus.DEFAULT_LIMIT) int limit) {
        return explorer.ladder(new LadderFocus(agencies, families, include, ladders, limit));
    }

    @GetMapping("/agencies")
    List<AgencySummary> agencies() {
        return explorer.agencies();
    }

    @GetMapping("/agencies/{code}/families")
    List<FamilySummary> families(@PathVariable String code) {
        List<FamilySummary> families = explorer.families(code);
        if (families.isEmpty()) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "Unknown agency", "unknown-agency", "The graph holds no agency '" + code + "'.");
        }
        return families;
    }
}
