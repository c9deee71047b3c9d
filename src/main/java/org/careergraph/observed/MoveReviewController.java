package org.careergraph.observed;

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
    ResponseEntity<ReviewedMove> review(@Valid @RequestBody MoveReviewRequest request, Principal user) {
        ReviewedMove reviewed = reviews.review(request, user.getName());
        return ResponseEntity.created(URI.create("/api/hr/reviewed-moves")).body(reviewed);
    }

    @GetMapping
    List<ReviewedMove> reviews() {
        return reviews.reviews();
    }

}
