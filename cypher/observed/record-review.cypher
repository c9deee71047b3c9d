// Records that HR turned a de facto move into a reviewed one: who, when, which move and why. Reviews are
// never removed by an import, so the record stays when the move itself is later changed through moves.csv.
// Parameters: $review: {from, to, type, basis, reviewedBy, reviewedAt, people, years}, e.g. {from:
//   'mshp-network-operations-technician', to: 'mshp-client-support-professional', type: 'PROMOTES_TO', basis:
//   '...', reviewedBy: 'hr', reviewedAt: '2026-12-02T03:10:00Z', people: 7, years: [2022, 2023, 2024]}.
CREATE (r:MoveReview)
SET r = $review
RETURN r.reviewedAt AS reviewedAt;
