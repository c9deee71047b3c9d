// One class by its id, as a search match. Parameters: $id, e.g. 'mshp-network-operations-technician'.
MATCH (node:JobClass {id: $id})
RETURN node.id AS id, node.title AS title, node.agency AS agency, node.family AS family, node.grades AS grades,
       node.tracks AS tracks, node.level AS level, node.titleKeys AS titleKeys, 1.0 AS score;
