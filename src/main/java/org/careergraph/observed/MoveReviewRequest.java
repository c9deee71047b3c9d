package org.careergraph.observed;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * HR's decision that a de facto move is a move people may make.
 *
 * @param from the class people left, by id or title
 * @param to the class they went to, by id or title
 * @param basis why the move exists, in HR's words; shown wherever the move is
 * @param type {@code PROMOTES_TO}, {@code SAME_GRADE} or {@code PEER_OF}; when left out,
 * a promotion when it leads to a higher level of work, else a same-grade move within the
 * agency or a peer move to another
 */
record MoveReviewRequest(@NotBlank @Size(max = 200) String from, @NotBlank @Size(max = 200) String to,
        @NotBlank @Size(max = 1000) String basis, @Size(max = 20) String type) {
}
