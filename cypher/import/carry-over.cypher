// The switch, step 3 of 4: every relationship between a retired class and the rest of the graph but what it
// states is deleted, so no reader walking moves can reach a retired class. Those the importing origin does not
// own (HR's moves, headcounts and recorded moves on a class of the documents, and the reverse) are written again
// on the class of the same id the import wrote, when there is one. What the origin's classes state was staged
// again with them; the statements stay linked to the retired classes, which no query of the app matches, and
// go with them right after the switch, as do the origin's own moves among its retired classes: deleting
// hundreds of thousands of relationships inside the switch would need more transaction memory than a
// state-size import should.
// Parameters: $origin, e.g. 'documents'.
MATCH (old:RetiredClass)-[r]-(other)
WHERE NOT type(r) IN ['IN_FAMILY', 'TRACK']
  AND (NOT other:RetiredClass OR NOT type(r) IN ['PROMOTES_TO', 'SAME_GRADE', 'PEER_OF'] OR r.origin <> $origin)
  AND NOT (type(r) IN ['PERFORMS', 'REQUIRES', 'EXERCISES', 'STATES'] AND r.origin = $origin)
WITH DISTINCT r
WITH r, startNode(r) AS a, endNode(r) AS b, type(r) AS type, properties(r) AS properties,
     type(r) IN ['PROMOTES_TO', 'SAME_GRADE', 'PEER_OF', 'PERFORMS', 'REQUIRES', 'EXERCISES', 'STATES']
       AND r.origin = $origin AS own
WITH r, type, properties, own,
     CASE WHEN a:RetiredClass THEN COLLECT { MATCH (n:JobClass {id: a.id}) RETURN n }[0] ELSE a END AS from,
     CASE WHEN b:RetiredClass THEN COLLECT { MATCH (n:JobClass {id: b.id}) RETURN n }[0] ELSE b END AS to
DELETE r
WITH type, properties, own, from, to
WHERE NOT own AND from IS NOT NULL AND to IS NOT NULL
CREATE (from)-[n:$(type)]->(to)
SET n = properties
RETURN count(n) AS carried;
