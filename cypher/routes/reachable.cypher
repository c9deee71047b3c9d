// Every class reachable from a class within a number of moves, nearest first.
// Parameters: $id, e.g. 'mshp-associate-network-operations-technician'; $maxMoves: 1 to 6; $limit, e.g. 500.
MATCH (c:JobClass {id: $id})
MATCH path = ANY SHORTEST (c)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->{1,6}(n:JobClass)
WHERE length(path) <= $maxMoves AND n <> c
RETURN n.id AS id, n.title AS title, n.agency AS agency, n.family AS family, n.grades AS grades,
       n.tracks AS tracks, n.level AS level, length(path) AS distance
ORDER BY distance, level, title, id
LIMIT $limit;
