package org.careergraph.observed;

import org.careergraph.web.ApiDocumentation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * HR's reviews of de facto moves: make one (HR role), and list them all with who made
 * each and when.
 */
@RestController
@RequestMapping("/api/hr/reviewed-moves")
class MoveReviewController {

    private final MoveReviews reviews;

    MoveReviewController(MoveReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping
    @Operation(operationId = "reviewMove",
            summary = "Turn a de facto move into a reviewed move, with its basis; records who and when",
            security = @SecurityRequirement(name = ApiDocumentation.HR_SIGN_IN))
    @ApiResponse(responseCode = "201", description = "Created", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "404", description = "No class by that id or title; the problem lists suggestions")
    @ApiResponse(responseCode = "422", description = "The move leads downward or is of a kind that cannot be reviewed")
    ResponseEntity<ReviewedMove> review(@Valid @RequestBody MoveReviewRequest request,
            @Parameter(hidden = true) Principal user) {
        ReviewedMove reviewed = reviews.review(request, user.getName());
        return ResponseEntity.created(URI.create("/api/hr/reviewed-moves")).body(reviewed);
    }

    @GetMapping
    @Operation(operationId = "listMoveReviews", summary = "HR's reviews of de facto moves, with who made each and when")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    List<ReviewedMove> reviews() {
        return reviews.reviews();
    }

}
