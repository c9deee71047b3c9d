package org.careergraph.routes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.careergraph.observed.Period;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers "how do I get from this class to that one?", with alternatives, constraints and
 * eligibility.
 */
@RestController
@RequestMapping("/api/routes")
class RouteController {

    private final RouteAnswers answers;

    RouteController(RouteAnswers answers) {
        this.answers = answers;
    }

    @GetMapping
    @Operation(operationId = "findRoutes",
            summary = "The shortest routes from one class to another, with what each "
                    + "step requires and, for a described person, whether and when they can take it",
            description = "No route is a 200 with an empty list of routes and a reason.")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that name; the problem lists suggestions")
    RouteAnswer route(
            @Parameter(description = "where the route starts: class id or title") @RequestParam @NotBlank @Size(
                    max = 200) String from,
            @Parameter(description = "where the route ends: class id or title") @RequestParam @NotBlank @Size(
                    max = 200) String to,
            @Parameter(description = "up to k distinct routes, best first",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "" + RouteQuery.MAX_K,
                            defaultValue = "1")) @RequestParam(defaultValue = "1") int k,
            @Parameter(
                    description = "fewest moves, least minimum experience in total, or smallest " + "pay-grade jumps",
                    schema = @Schema(allowableValues = { "moves", "years", "grades" },
                            defaultValue = "moves")) @RequestParam(defaultValue = "moves") String rank,
            @Parameter(description = "every class after the first must be on this track",
                    schema = @Schema(allowableValues = { "technical", "management", "any" },
                            defaultValue = "any")) @RequestParam(defaultValue = "any") String track,
            @Parameter(
                    description = "the kinds of move a route may use, comma-separated from promotion, "
                            + "lateral, peer; all by default",
                    example = "promotion,lateral") @RequestParam(required = false) String moves,
            @Parameter(description = "allow classes of other agencies") @RequestParam(
                    defaultValue = "true") boolean crossAgency,
            @Parameter(description = "hard cap on moves",
                    schema = @Schema(type = "integer", minimum = "1", maximum = "" + RouteQuery.MAX_MOVES,
                            defaultValue = "12")) @RequestParam(defaultValue = "12") int maxMoves,
            @Parameter(description = "the person's highest education, for eligibility",
                    schema = @Schema(allowableValues = { "none", "high-school", "associate", "bachelor",
                            "master" })) @RequestParam(required = false) String education,
            @Parameter(description = "the person's years of relevant experience") @RequestParam(
                    required = false) @DecimalMin("0") @DecimalMax("60") Double years,
            @Parameter(description = "the person's years in the current class") @RequestParam(
                    required = false) @DecimalMin("0") @DecimalMax("60") Double yearsInClass,
            @RequestParam(required = false) Integer fromYear, @RequestParam(required = false) Integer toYear,
            @Parameter(description = "no-cache: work the route out again instead of answering "
                    + "from the answers remembered for this graph version") @RequestHeader(
                            name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl) {
        RouteQuery query = new RouteQuery(from, to, k, RouteQuery.rank(rank), RouteQuery.track(track),
                RouteQuery.moves(moves), crossAgency, maxMoves, Person.of(education, years, yearsInClass),
                RouteQuery.observed(moves), Period.of(fromYear, toYear, "fromYear", "toYear"));
        boolean noCache = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        return noCache ? answers.fresh(query) : answers.route(query);
    }

}
