// The candidate-routes search with SHORTEST 1 instead of SHORTEST 10: the benchmark measures what the
// extra candidates (used to prefer promotions and to rank alternatives) cost. Parameters as in
// routes/candidate-routes.cypher.
MATCH (source:JobClass {id: $from})
MATCH (target:JobClass {id: $to})
WHERE target.level >= source.level AND target.level - source.level <= $maxMoves
MATCH path = SHORTEST 1 (source)
  ((a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
    WHERE type(r) IN $moveTypes
      AND b.level <= target.level
      AND ($track IS NULL OR $track IN b.tracks)
      AND ($crossAgency OR b.agency = source.agency)){1,12}
  (target)
WHERE length(path) <= $maxMoves
RETURN [n IN nodes(path) | n.id] AS classes;
