// The classes of a manpower projection with their headcounts, every move out of them (into the modelled pool
// or out of it, with how many people made it in the recorded history: MOVED relationships, one per year), and
// the classes outside the pool that people move in from. Lists are ordered, ties by id.
// Parameters: $ids: the class ids to model, e.g. ['mshp-network-operations-technician',
//   'mshp-network-operations-supervisor'], or null for every class.
MATCH (c:JobClass)
WHERE $ids IS NULL OR c.id IN $ids
OPTIONAL MATCH (c)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN c.id AS id, c.title AS title, c.agency AS agency, c.level AS level, h.incumbents AS incumbents,
       h.authorized AS authorized, EXISTS { (c)-[:MOVED]->(:JobClass) } AS hasHistory,
       COLLECT {
         MATCH (c)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(to:JobClass)
         RETURN {to: to.id, title: to.title, type: type(r), withinPool: $ids IS NULL OR to.id IN $ids,
                 moved: reduce(people = 0, m IN [(c)-[m:MOVED]->(to) | m.people] | people + m)}
         ORDER BY to.id, type(r)
       } AS moves,
       COLLECT {
         MATCH (c)<-[:PROMOTES_TO|SAME_GRADE|PEER_OF]-(from:JobClass)
         WHERE $ids IS NOT NULL AND NOT from.id IN $ids
         RETURN DISTINCT from.id AS from
         ORDER BY from
       } AS enteredFrom
ORDER BY level, id;
