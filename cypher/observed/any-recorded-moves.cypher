// Whether the graph holds any recorded move at all: until HR uploads a history, route answers skip reading
// traffic. Neo4j answers a count of one relationship type from its counts store, without reading moves.
// No parameters.
MATCH ()-[m:MOVED]->()
RETURN count(m) > 0 AS recorded;
