// Samples route questions for the benchmark: from an entry class to a class of the same agency at least
// three levels up (reachable through the agency's bridges), to a technical class of another family (for
// the track-constrained case), and to a technical class of another family using promotions only: promotions
// climb one family and then into management, never into another family's technical ranks (no route).
// Parameters: $count, e.g. 200.
MATCH (a:JobClass {level: 1})
WITH a, rand() AS shuffle ORDER BY shuffle LIMIT $count
CALL (a) {
  MATCH (up:JobClass {agency: a.agency}) WHERE up.level >= a.level + 3
  WITH up ORDER BY rand() LIMIT 1
  RETURN up.id AS up
}
CALL (a) {
  OPTIONAL MATCH (t:JobClass {agency: a.agency}) WHERE t.family <> a.family AND t.level >= 3 AND 'Technical' IN t.tracks
  WITH t ORDER BY rand() LIMIT 1
  RETURN t.id AS technical
}
CALL (a) {
  OPTIONAL MATCH (other:JobClass {agency: a.agency})
  WHERE other.family <> a.family AND other.level > a.level AND other.tracks = ['Technical']
  WITH other ORDER BY rand() LIMIT 1
  RETURN other.id AS elsewhere
}
RETURN a.id AS from, up, technical, elsewhere;
