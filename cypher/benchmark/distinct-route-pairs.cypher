// Distinct route questions for the load benchmark: up to three targets for each of $count shuffled classes,
// each target a class of the same agency at least two levels of work up (routes exist through the agency's
// ladders and bridges); with $technical, a technical class of another family (for track-constrained routes).
// No pair appears twice. Parameters: $count, e.g. 6000; $technical, e.g. false.
MATCH (a:JobClass)
WITH a, rand() AS shuffle ORDER BY shuffle LIMIT $count
CALL (a) {
  MATCH (b:JobClass {agency: a.agency})
  WHERE b.level >= a.level + 2 AND (NOT $technical OR (b.family <> a.family AND 'Technical' IN b.tracks))
  WITH b ORDER BY rand() LIMIT 3
  RETURN b.id AS to
}
RETURN a.id AS from, to, a.title AS fromTitle
LIMIT $count;
