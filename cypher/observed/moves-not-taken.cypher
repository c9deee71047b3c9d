// The documented or reviewed moves nobody made in a period, out of the classes people were recorded
// leaving in that period (of a class nobody left, the history says nothing).
// Parameters: $fromYear, $toYear: the period, years inclusive, null for open, e.g. 2022, 2024;
//   $agency: an agency code either class belongs to, or null, e.g. 'mshp';
//   $class: a class id at either end, or null, e.g. 'mshp-network-operations-supervisor'.
MATCH (a:JobClass)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b:JobClass)
WHERE ($agency IS NULL OR a.agency = $agency OR b.agency = $agency)
  AND ($class IS NULL OR a.id = $class OR b.id = $class)
  AND EXISTS {
    MATCH (a)-[l:MOVED]->(:JobClass)
    WHERE l.people > 0 AND ($fromYear IS NULL OR l.year >= $fromYear) AND ($toYear IS NULL OR l.year <= $toYear)
  }
  AND NOT EXISTS {
    MATCH (a)-[m:MOVED]->(b)
    WHERE m.people > 0 AND ($fromYear IS NULL OR m.year >= $fromYear) AND ($toYear IS NULL OR m.year <= $toYear)
  }
RETURN a {.id, .title, .agency, .level} AS from, b {.id, .title, .agency, .level} AS to, type(r) AS type,
       r.basis AS basis, r.origin AS origin
ORDER BY from.level, from.title, to.level, to.title, type;
