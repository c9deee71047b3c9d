// Every recorded move between two classes in a period, one row per pair of classes, most people first:
// the people per year, the incumbents of the class they left, everyone recorded leaving that class in the
// period, and the documented or reviewed moves that join the pair (none: a de facto move).
// Parameters: $fromYear, $toYear: the period, years inclusive, null for open, e.g. 2022, 2024;
//   $agency: an agency code either class belongs to, or null, e.g. 'mshp';
//   $class: a class id at either end, or null, e.g. 'mshp-network-operations-technician'.
MATCH (a:JobClass)-[m:MOVED]->(b:JobClass)
WHERE ($fromYear IS NULL OR m.year >= $fromYear) AND ($toYear IS NULL OR m.year <= $toYear)
  AND ($agency IS NULL OR a.agency = $agency OR b.agency = $agency)
  AND ($class IS NULL OR a.id = $class OR b.id = $class)
  AND m.people > 0
WITH a, b, sum(m.people) AS people, collect({year: m.year, people: m.people}) AS byYear
OPTIONAL MATCH (a)-[:HAS_HEADCOUNT]->(h:Headcount)
RETURN a {.id, .title, .agency, .level} AS from, b {.id, .title, .agency, .level} AS to, people, byYear,
       h.incumbents AS incumbents,
       reduce(total = 0, p IN [(a)-[l:MOVED]->(:JobClass)
                              WHERE ($fromYear IS NULL OR l.year >= $fromYear) AND ($toYear IS NULL OR l.year <= $toYear)
                              | l.people] | total + p) AS leavers,
       COLLECT {
         MATCH (a)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b)
         RETURN r {type: type(r), .basis, .origin, .reviewedBy, .reviewedAt} ORDER BY r.type
       } AS documented
ORDER BY people DESC, from.title, to.title;
