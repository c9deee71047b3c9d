// Resolves a name a person typed, in one round trip: the classes matching every word (typos forgiven),
// best first; only when none does, the classes matching any word, as suggestions. Search uses it too.
// Matches are ordered by score, then level, title and id. A word many classes share ("senior") finds
// thousands of classes on a state: only those scoring at least as well as the last one kept are read.
// Parameters: $all: every word, e.g. 'network AND operations AND technican~1';
//             $any: any word, e.g. 'network OR operations OR technican~1';
//             $limit: how many matches, e.g. 10; $suggest: how many suggestions, e.g. 5.
CALL () {
  CALL db.index.fulltext.queryNodes('job_class_search', $all) YIELD node, score
  WITH node, score
  ORDER BY score DESC
  WITH collect({node: node, score: score}) AS hits
  UNWIND [hit IN hits WHERE hit.score >= coalesce(hits[$limit - 1].score, 0.0)] AS hit
  WITH hit.node AS node, hit.score AS score
  ORDER BY score DESC, node.level, node.title, node.id
  LIMIT $limit
  RETURN collect(node {.id, .title, .agency, .family, .grades, .tracks, .level, .titleKeys, score: score}) AS matches
}
CALL (matches) {
  WITH matches
  WHERE size(matches) = 0
  CALL db.index.fulltext.queryNodes('job_class_search', $any) YIELD node, score
  WITH node, score
  ORDER BY score DESC
  WITH collect({node: node, score: score}) AS hits
  UNWIND [hit IN hits WHERE hit.score >= coalesce(hits[$suggest - 1].score, 0.0)] AS hit
  WITH hit.node AS node, hit.score AS score
  ORDER BY score DESC, node.level, node.title, node.id
  LIMIT $suggest
  RETURN collect(node {.id, .title, .agency, .family, .grades, .tracks, .level, .titleKeys, score: score})
         AS suggestions
}
RETURN matches, suggestions;
