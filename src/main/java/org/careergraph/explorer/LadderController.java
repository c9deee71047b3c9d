package org.careergraph.explorer;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import org.careergraph.explorer.FocusSummary.AgencySummary;
import org.careergraph.explorer.FocusSummary.FamilySummary;
import org.careergraph.observed.Period;
import org.careergraph.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the explorer page the pieces of the graph it draws: what to focus on, and the
 * ladder in focus.
 */
@RestController
@RequestMapping("/api/graph")
class LadderController {

    private final LadderExplorer explorer;

    LadderController(LadderExplorer explorer) {
        this.explorer = explorer;
    }

    /**
     * {@code GET /api/graph?agency=mshp&family=mshp-it-management&include=id&ladders=true&limit=200};
     * with {@code observed=true} also where people were recorded moving among the drawn
     * classes, in the years {@code fromYear} to {@code toYear} (all by default).
     */
    @GetMapping
    @Operation(operationId = "drawLadder",
            summary = "The classes and moves of whole agencies, whole families and "
                    + "single classes, as the explorer page draws them; name at least one, at most "
                    + LadderFocus.MAX_NAMES + " together")
    Ladder ladder(
            @Parameter(description = "agency codes (repeatable)") @RequestParam(name = "agency",
                    required = false) List<String> agencies,
            @Parameter(description = "family ids (repeatable)") @RequestParam(name = "family",
                    required = false) List<String> families,
            @Parameter(description = "class ids (repeatable)") @RequestParam(required = false) List<String> include,
            @Parameter(description = "whether every class in include brings its whole family along") @RequestParam(
                    defaultValue = "false") boolean ladders,
            @Parameter(description = "at most this many classes",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "" + LadderFocus.MAX_LIMIT,
                            defaultValue = "" + LadderFocus.DEFAULT_LIMIT)) @RequestParam(
                                    defaultValue = "" + LadderFocus.DEFAULT_LIMIT) int limit,
            @RequestParam(defaultValue = "false") boolean observed, @RequestParam(required = false) Integer fromYear,
            @RequestParam(required = false) Integer toYear) {
        Period period = Period.of(fromYear, toYear, "fromYear", "toYear");
        return explorer.ladder(new LadderFocus(agencies, families, include, ladders, limit), observed ? period : null);
    }

    @GetMapping("/agencies")
    @Operation(operationId = "listAgencies", summary = "The agencies in the graph, with their families and classes")
    List<AgencySummary> agencies() {
        return explorer.agencies();
    }

    @GetMapping("/agencies/{code}/families")
    @Operation(operationId = "listFamilies", summary = "The families of one agency, with their classes")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "The graph holds no agency with this code")
    List<FamilySummary> families(@Parameter(description = "agency code, e.g. mshp") @PathVariable String code) {
        List<FamilySummary> families = explorer.families(code);
        if (families.isEmpty()) {
            throw new ProblemException(HttpStatus.NOT_FOUND, "Unknown agency", "unknown-agency",
                    "The graph holds no agency '" + code + "'.");
        }
        return families;
    }

}
