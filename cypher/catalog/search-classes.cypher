// Full-text search over class titles, their shorthand-expanded words, aliases and family.
// Parameters: $query: a Lucene query, e.g. 'director AND level AND 3' or 'technican~1';
//             $limit: how many matches, e.g. 10.
CALL db.index.fulltext.queryNodes('job_class_search', $query) YIELD node, score
RETURN node.id AS id, node.title AS title, node.agency AS agency, node.family AS family, node.grades AS grades,
       node.tracks AS tracks, node.level AS level, node.titleKeys AS titleKeys, score
ORDER BY score DESC, level, title, id
LIMIT $limit;
