// The feeder pool of a class: every class from which it can be reached in at most $maxMoves moves
// (promotions, same-grade and peer moves; never downward), with the length of the shortest route, the
// route itself and the feeder's headcount, i.e. its bench strength.
// Parameters: $id: e.g. 'mshp-director-of-strategy-and-planning-level-3'; $maxMoves: 1 to 12, e.g. 6.
MATCH (target:JobClass {id: $id})
MATCH path = ANY SHORTEST (feeder:JobClass)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->{1,12}(target)
WHERE feeder <> target AND length(path) <= $maxMoves
OPTIONAL MATCH (feeder)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN feeder.id AS id, feeder.title AS title, feeder.agency AS agency, feeder.level AS level,
       length(path) AS distance, size([r IN relationships(path) WHERE type(r) = 'PROMOTES_TO']) AS promotions,
       [n IN nodes(path) | n.id] AS route, h.incumbents AS incumbents, h.authorized AS authorized
ORDER BY distance, level DESC, title;
