// Every route of the fewest moves from one class to another that satisfies the request's constraints: what
// the best single route by number of moves is chosen from (same-grade and cross-agency penalties break ties
// among them, so longer routes never win). Cheaper than the ten candidates of candidate-routes.cypher,
// because the search stops at the shortest length; at most 100 of them, should a graph hold more routes of
// equal length than anyone would compare. Constraints and parameters as in candidate-routes.cypher:
//   $from, $to     class ids, e.g. 'mshp-associate-network-operations-technician',
//                  'mshp-director-of-strategy-and-planning-level-3'
//   $moveTypes     allowed relationship types, e.g. ['PROMOTES_TO', 'SAME_GRADE', 'PEER_OF']
//   $track         'Technical', 'Management', or null for either
//   $crossAgency   true to allow classes of other agencies
//   $maxMoves      at most this many moves (1 to 12)
MATCH (source:JobClass {id: $from})
MATCH (target:JobClass {id: $to})
WHERE target.level >= source.level AND target.level - source.level <= $maxMoves
MATCH path = ALL SHORTEST (source)
  ((a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
    WHERE type(r) IN $moveTypes
      AND b.level <= target.level
      AND ($track IS NULL OR $track IN b.tracks)
      AND ($crossAgency OR b.agency = source.agency)){1,12}
  (target)
WHERE length(path) <= $maxMoves
RETURN [n IN nodes(path) | n {.id, .title, .agency, .grades, .lowestGrade, .level, .tracks, .education, .years,
          .condition, .requirementText, .substitutions, .experienceForEducation, .educationForExperience,
          .masterReplacesYears}] AS classes,
       [rel IN relationships(path) | rel {type: type(rel), .basis, .sourceFile, .sourceLine}] AS steps
LIMIT 100;
