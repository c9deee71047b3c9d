package org.careergraph.routes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Answers "how do I get from this class to that one?". */
@RestController
@RequestMapping("/api/routes")
@Validated
class RouteController {

    private final RoutePlanner planner;

    RouteController(RoutePlanner planner) {
        this.planner = planner;
    }

    @GetMapping
    RouteAnswer route(@RequestParam @NotBlank @Size(max = 200) String from,
                      @RequestParam @NotBlank @Size(max = 200) String to) {
        return planner.route(from, to);
    }
}
