// Every route of the fewest moves from one class to another that satisfies the request's constraints: what
// the best single route by number of moves is chosen from (same-grade and cross-agency penalties break ties
// among them, so longer routes never win). Neo4j's allShortestPaths searches from both ends at once and
// applies every constraint while it expands, so it touches far fewer classes than the ten candidates of
// candidate-routes.cypher. The length cap is checked after the search: if the shortest routes are too long,
// every route is. At most 100 routes, should a graph hold more of equal length than anyone would compare.
// Returns class ids and the facts of each move; the service reads the classes themselves once per graph
// version (catalog/class-statements.cypher).
// Parameters, as in candidate-routes.cypher:
//   $from, $to     class ids, e.g. 'mshp-associate-network-operations-technician',
//                  'mshp-director-of-strategy-and-planning-level-3'
//   $moveTypes     allowed relationship types, e.g. ['PROMOTES_TO', 'SAME_GRADE', 'PEER_OF']
//   $track         'Technical', 'Management', or null for either
//   $crossAgency   true to allow classes of other agencies
//   $maxMoves      at most this many moves (1 to 12)
MATCH (source:JobClass {id: $from})
MATCH (target:JobClass {id: $to})
WHERE target.level >= source.level AND target.level - source.level <= $maxMoves
MATCH path = allShortestPaths((source)-[:PROMOTES_TO|SAME_GRADE|PEER_OF*1..12]->(target))
WHERE all(r IN relationships(path) WHERE type(r) IN $moveTypes)
  AND all(n IN nodes(path) WHERE n:JobClass AND n.level <= target.level
                             AND (n = source OR $track IS NULL OR $track IN n.tracks)
                             AND ($crossAgency OR n.agency = source.agency))
WITH path
WHERE length(path) <= $maxMoves
RETURN [n IN nodes(path) | n.id] AS classes,
       [rel IN relationships(path) | rel {type: type(rel), .basis, .sourceFile, .sourceLine}] AS steps
LIMIT 100;
