// Resolves a name a person typed, in one round trip: the classes matching every word (typos forgiven),
// best first; only when none does, the classes matching any word, as suggestions. Search uses it too.
// Matches are ordered by score, then level, title and id. A word many classes share ("senior") finds
// thousands of classes on a state: the index hands over only the best $window of them, and only those
// scoring at least as well as the last one kept are read. `complete` is false when classes beyond the
// window may tie with the last one kept; the service then asks again with no window ({}).
// Parameters: $all: every word, in the searchText field (it holds the title's words too, and naming one field
//             spares expanding each fuzzy word once per field), e.g.
//             'searchText:network AND searchText:operations AND searchText:technican~1';
//             $any: any word, e.g. 'searchText:network OR searchText:operations OR searchText:technican~1';
//             $limit: how many matches, e.g. 10; $suggest: how many suggestions, e.g. 5;
//             $window: the index's options, e.g. {limit: 100}, or {} for every hit.
CALL () {
  CALL db.index.fulltext.queryNodes('job_class_search', $all, $window) YIELD node, score
  WITH node, score
  ORDER BY score DESC
  WITH collect({node: node, score: score}) AS hits
  WITH hits, size(hits) < coalesce($window.limit, size(hits) + 1) OR hits[-1].score < hits[$limit - 1].score
       AS complete
  UNWIND [hit IN hits WHERE hit.score >= coalesce(hits[$limit - 1].score, 0.0)] AS hit
  WITH complete, hit.node AS node, hit.score AS score
  ORDER BY score DESC, node.level, node.title, node.id
  LIMIT $limit
  RETURN collect(node {.id, .title, .agency, .family, .grades, .tracks, .level, .titleKeys, score: score}) AS matches,
         all(c IN collect(complete) WHERE c) AS matchesComplete
}
CALL (matches) {
  WITH matches
  WHERE size(matches) = 0
  CALL db.index.fulltext.queryNodes('job_class_search', $any, $window) YIELD node, score
  WITH node, score
  ORDER BY score DESC
  WITH collect({node: node, score: score}) AS hits
  WITH hits, size(hits) < coalesce($window.limit, size(hits) + 1) OR hits[-1].score < hits[$suggest - 1].score
       AS complete
  UNWIND [hit IN hits WHERE hit.score >= coalesce(hits[$suggest - 1].score, 0.0)] AS hit
  WITH complete, hit.node AS node, hit.score AS score
  ORDER BY score DESC, node.level, node.title, node.id
  LIMIT $suggest
  RETURN collect(node {.id, .title, .agency, .family, .grades, .tracks, .level, .titleKeys, score: score})
         AS suggestions, all(c IN collect(complete) WHERE c) AS suggestionsComplete
}
RETURN matches, suggestions, matchesComplete AND suggestionsComplete AS complete;
