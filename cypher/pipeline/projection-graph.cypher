// The classes of a manpower projection with their headcounts, the moves between them, and how many
// people made each move in the recorded history (MOVED relationships, one per year).
// Parameters: $ids: the class ids to model, e.g. ['mshp-network-operations-technician',
//   'mshp-network-operations-supervisor'], or null for every class.
MATCH (c:JobClass)
WHERE $ids IS NULL OR c.id IN $ids
OPTIONAL MATCH (c)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN c.id AS id, c.title AS title, c.agency AS agency, c.level AS level, h.incumbents AS incumbents,
       h.authorized AS authorized, EXISTS { (c)-[:MOVED]->(:JobClass) } AS hasHistory,
       COLLECT {
         MATCH (c)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(to:JobClass)
         WHERE $ids IS NULL OR to.id IN $ids
         RETURN {to: to.id, type: type(r),
                 moved: reduce(people = 0, m IN [(c)-[m:MOVED]->(to) | m.people] | people + m)}
         ORDER BY to.id, type(r)
       } AS moves
ORDER BY level, id;
