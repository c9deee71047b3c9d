// Creates the moves between classes; each carries why it exists and where that is written.
// Parameters: $origin, $moves: a list of maps {type, from, to, properties}. type is one of
//   PROMOTES_TO, SAME_GRADE, PEER_OF (relationship types cannot be parameters, hence the three branches).
UNWIND $moves AS move
MATCH (from:JobClass {id: move.from})
MATCH (to:JobClass {id: move.to})
CALL (from, to, move) {
  WITH from, to, move WHERE move.type = 'PROMOTES_TO'
  MERGE (from)-[r:PROMOTES_TO]->(to) SET r += move.properties, r.origin = $origin
  RETURN r
UNION
  WITH from, to, move WHERE move.type = 'SAME_GRADE'
  MERGE (from)-[r:SAME_GRADE]->(to) SET r += move.properties, r.origin = $origin
  RETURN r
UNION
  WITH from, to, move WHERE move.type = 'PEER_OF'
  MERGE (from)-[r:PEER_OF]->(to) SET r += move.properties, r.origin = $origin
  RETURN r
}
RETURN count(r) AS moves;
