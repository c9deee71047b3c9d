// How many people made each of some moves in a period, and how many people left each move's class along
// any recorded move in that period: the counts on route steps and next moves, and the shares of the
// travelled ranking. Pairs nobody moved between are left out.
// Parameters: $pairs: [{from, to}] class ids, e.g. [{from: 'mshp-network-operations-technician',
//   to: 'mshp-network-operations-supervisor'}]; $fromYear, $toYear: years inclusive, null for open.
UNWIND $pairs AS pair
MATCH (a:JobClass {id: pair.from})-[m:MOVED]->(b:JobClass {id: pair.to})
WHERE m.people > 0 AND ($fromYear IS NULL OR m.year >= $fromYear) AND ($toYear IS NULL OR m.year <= $toYear)
WITH a, b, sum(m.people) AS people, collect(m.year) AS years
RETURN a.id AS from, b.id AS to, people, years,
       reduce(total = 0, p IN [(a)-[l:MOVED]->(:JobClass)
                              WHERE ($fromYear IS NULL OR l.year >= $fromYear) AND ($toYear IS NULL OR l.year <= $toYear)
                              | l.people] | total + p) AS leavers;
