// Where people were recorded moving among the classes drawn: one row per pair of classes, with the people
// and years, and whether a documented or reviewed move joins them (else it is a de facto move).
// Parameters: $ids: the class ids drawn, e.g. ['mshp-network-operations-technician',
//   'mshp-client-support-professional']; $fromYear, $toYear: years inclusive, null for open.
MATCH (a:JobClass)-[m:MOVED]->(b:JobClass)
WHERE a.id IN $ids AND b.id IN $ids AND m.people > 0
  AND ($fromYear IS NULL OR m.year >= $fromYear) AND ($toYear IS NULL OR m.year <= $toYear)
WITH a, b, m ORDER BY m.year
WITH a, b, sum(m.people) AS people, collect(DISTINCT m.year) AS years
RETURN a.id AS from, b.id AS to, people, years,
       NOT EXISTS { (a)-[:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b) } AS deFacto
ORDER BY people DESC, from, to;
