// Classes by id, as search matches; ids that name no class are left out.
// Parameters: $ids, e.g. ['mshp-network-operations-technician', 'mshp-director-of-strategy-and-planning-level-3'].
UNWIND $ids AS id
MATCH (node:JobClass {id: id})
RETURN node.id AS id, node.title AS title, node.agency AS agency, node.family AS family, node.grades AS grades,
       node.tracks AS tracks, node.level AS level, node.titleKeys AS titleKeys, 1.0 AS score;
