// Writes one batch of moves between staged classes (both ends written by the same import), as invisible as
// their classes until the switch. Parameters: $origin, $moves: a list of maps {type, from, to, properties};
// type is PROMOTES_TO, SAME_GRADE or PEER_OF.
UNWIND $moves AS move
MATCH (from:StagedClass {id: move.from})
MATCH (to:StagedClass {id: move.to})
CREATE (from)-[r:$(move.type)]->(to)
SET r = move.properties, r.origin = $origin
RETURN count(r) AS staged;
