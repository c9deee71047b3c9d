// Removes what an earlier import from the same origin wrote, so that re-importing leaves exactly
// what the sources say now: its moves (also those between classes of another origin), the track and
// family links of its classes, what its classes state (PERFORMS, REQUIRES, EXERCISES, STATES), and its
// classes that the new import no longer names.
// Runs in the same transaction as the upserts that follow it.
// Parameters: $origin (e.g. 'documents' or 'hr'), $keep: ids of the classes the new import writes.
CALL () {
  MATCH ()-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->()
  WHERE r.origin = $origin
  DELETE r
}
MATCH (c:JobClass {origin: $origin})
OPTIONAL MATCH (c)-[r:TRACK|IN_FAMILY|PERFORMS|REQUIRES|EXERCISES|STATES]->()
DELETE r
WITH DISTINCT c
WHERE NOT c.id IN $keep
DETACH DELETE c
RETURN count(*) AS removed;
