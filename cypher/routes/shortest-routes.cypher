// The shortest routes between two classes: fewest moves first; among equals, promotions before
// same-grade moves before moves to another agency, then by title for a stable answer. Moves only lead sideways or up: every relationship
// below is a move a person can make, never a step down.
// Parameters: $from, $to: class ids, e.g. 'mshp-associate-network-operations-technician' and
//             'mshp-director-of-strategy-and-planning-level-3'; $maxMoves: e.g. 12; $limit: e.g. 1.
MATCH (source:JobClass {id: $from}), (target:JobClass {id: $to})
MATCH path = ALL SHORTEST (source)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->{1,12}(target)
WITH path, length(path) AS moves,
     size([r IN relationships(path) WHERE type(r) = 'SAME_GRADE']) AS lateral,
     size([r IN relationships(path) WHERE type(r) = 'PEER_OF']) AS crossAgency
WHERE moves <= $maxMoves
RETURN moves,
       [n IN nodes(path) | n {.id, .title, .agency, .grades, .level}] AS classes,
       [r IN relationships(path) | r {type: type(r), .basis, .sourceFile, .sourceLine}] AS steps
ORDER BY lateral + crossAgency, crossAgency, [n IN nodes(path) | n.title]
LIMIT $limit;
