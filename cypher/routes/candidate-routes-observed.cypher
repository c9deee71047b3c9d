// Up to 10 routes from one class to another, shortest first, that satisfy the request's constraints, also
// along de facto moves: moves people were recorded making that no document or review lists (OBSERVED_MOVE,
// kept by cypher/observed/refresh-observed-moves.cypher), with at least one person in the period and never
// to a lower level of work. The service runs it only when a request asks for moves=observed; otherwise it
// runs candidate-routes.cypher.
// The constraints are predicates inside the path pattern, so the search only ever walks allowed moves
// (filtering shortest routes afterwards would miss a longer valid one). Moves never lead downward, so
// no class above the target's level of work can be on a route: the search prunes those too.
// Returns class ids and the facts of each move; the service reads the classes themselves once per graph
// version (catalog/class-statements.cypher).
// Parameters:
//   $from, $to     class ids, e.g. 'mshp-associate-network-operations-technician',
//                  'mshp-director-of-strategy-and-planning-level-3'
//   $moveTypes     allowed relationship types, e.g. ['PROMOTES_TO', 'SAME_GRADE', 'PEER_OF']
//   $track         'Technical', 'Management', or null for either
//   $crossAgency   true to allow classes of other agencies
//   $maxMoves      at most this many moves (1 to 12)
//   $fromYear, $toYear  the years of recorded history a de facto move counts in, null for open, e.g. 2022, 2024
MATCH (source:JobClass {id: $from})
MATCH (target:JobClass {id: $to})
WHERE target.level >= source.level AND target.level - source.level <= $maxMoves
MATCH path = SHORTEST 10 (source)
  ((a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF|OBSERVED_MOVE]->(b:JobClass)
    WHERE (type(r) IN $moveTypes
           OR (type(r) = 'OBSERVED_MOVE' AND b.level >= a.level
               AND any(year IN r.years WHERE ($fromYear IS NULL OR year >= $fromYear)
                                         AND ($toYear IS NULL OR year <= $toYear))))
      AND b.level <= target.level
      AND ($track IS NULL OR $track IN b.tracks)
      AND ($crossAgency OR b.agency = source.agency)){1,12}
  (target)
WHERE length(path) <= $maxMoves
RETURN [n IN nodes(path) | n.id] AS classes,
       [rel IN relationships(path) | rel {type: type(rel), .basis, .sourceFile, .sourceLine}] AS steps;
