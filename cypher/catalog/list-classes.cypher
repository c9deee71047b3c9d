// Every class, ladder by ladder. Parameters: $limit, e.g. 100.
MATCH (node:JobClass)
RETURN node.id AS id, node.title AS title, node.agency AS agency, node.family AS family, node.grades AS grades,
       node.tracks AS tracks, node.level AS level, node.titleKeys AS titleKeys, 1.0 AS score
ORDER BY agency, family, level, title, id
LIMIT $limit;
