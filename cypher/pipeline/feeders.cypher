// The feeder pool of a class: every class from which it can be reached in at most $maxMoves moves
// (promotions, same-grade and peer moves; never downward), with the length of the shortest route, the
// route itself and the feeder's headcount, i.e. its bench strength. Among a feeder's shortest routes the
// one with the most promotions is shown, then the first by the ids of its classes, so the answer never
// depends on which route the search happened to find first.
// Parameters: $id: e.g. 'mshp-director-of-strategy-and-planning-level-3'; $maxMoves: 1 to 12, e.g. 6.
MATCH (target:JobClass {id: $id})
MATCH path = ALL SHORTEST (feeder:JobClass)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->{1,12}(target)
WHERE feeder <> target AND length(path) <= $maxMoves
WITH feeder, path, size([r IN relationships(path) WHERE type(r) = 'PROMOTES_TO']) AS promotions,
     [n IN nodes(path) | n.id] AS route
ORDER BY promotions DESC, route
WITH feeder, collect({route: route, promotions: promotions, distance: length(path)})[0] AS best
OPTIONAL MATCH (feeder)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN feeder.id AS id, feeder.title AS title, feeder.agency AS agency, feeder.level AS level,
       best.distance AS distance, best.promotions AS promotions, best.route AS route,
       h.incumbents AS incumbents, h.authorized AS authorized
ORDER BY distance, level DESC, title, id;
