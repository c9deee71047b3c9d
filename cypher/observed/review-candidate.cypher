// What HR needs to review a move between two classes: both classes' agency and level, the people recorded
// making it, and the documented or reviewed moves that already join them.
// Parameters: $from, $to: class ids, e.g. 'mshp-network-operations-technician', 'mshp-client-support-professional'.
MATCH (a:JobClass {id: $from})
// b in a subquery: two single classes by id, not a cross product of two patterns
CALL (a) {
  MATCH (b:JobClass {id: $to})
  RETURN b
}
RETURN a {.id, .title, .agency, .level} AS from, b {.id, .title, .agency, .level} AS to,
       reduce(total = 0, p IN [(a)-[m:MOVED]->(b) | m.people] | total + p) AS people,
       [(a)-[m:MOVED]->(b) WHERE m.people > 0 | m.year] AS years,
       [(a)-[r:PROMOTES_TO|SAME_GRADE|PEER_OF]->(b) | type(r)] AS documented;
