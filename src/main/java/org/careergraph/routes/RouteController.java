package org.careergraph.routes;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answers "how do I get from this class to that one?", with alternatives, constraints and eligibility. */
@RestController
@RequestMapping("/api/routes")
@Validated
class RouteController {

    private final RouteAnswers answers;

    RouteController(RouteAnswers answers) {
        this.answers = answers;
    }

    @GetMapping
    RouteAnswer route(@RequestParam @NotBlank @Size(max = 200) String from,
                      @RequestParam @NotBlank @Size(max = 200) String to,
                      @RequestParam(defaultValue = "1") int k,
                      @RequestParam(defaultValue = "moves") String rank,
                      @RequestParam(defaultValue = "any") String track,
                      @RequestParam(required = false) String moves,
                      @RequestParam(defaultValue = "true") boolean crossAgency,
                      @RequestParam(defaultValue = "12") int maxMoves,
                      @RequestParam(required = false) String education,
                      @RequestParam(required = false) @DecimalMin("0") @DecimalMax("60") Double years,
                      @RequestParam(required = false) @DecimalMin("0") @DecimalMax("60") Double yearsInClass,
                      @RequestHeader(name = HttpHeaders.CACHE_CONTROL, required = false) String cacheControl) {
        RouteQuery query = new RouteQuery(from, to, k, RouteQuery.rank(rank), RouteQuery.track(track),
                RouteQuery.moves(moves), crossAgency, maxMoves, Person.of(education, years, yearsInClass));
        boolean noCache = cacheControl != null && cacheControl.toLowerCase(Locale.ROOT).contains("no-cache");
        return noCache ? answers.fresh(query) : answers.route(query);
    }
}
